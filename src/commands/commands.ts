/*
 * Ribbon function file (commands.html). The manifest's only ribbon button opens the task pane
 * (ShowTaskpane), which needs no code; Office still requires the function file to initialise.
 */
Office.onReady(() => {
  // Nothing to register: there are no UI-less (ExecuteFunction) commands.
});
