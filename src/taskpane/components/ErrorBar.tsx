/**
 * A failure, in the service's own words, until the user dismisses it or starts something else.
 * The one failure the pane itself raises, a chunk that did not load (lazy-office-planner.ts), is
 * said here in the pane's language, whichever tab shows it: the error keeps its English message
 * for developers and the logs.
 */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { CHUNK_FAILED } from "../lazy-office-planner";
import { useWords } from "../words";

export function ErrorBar({ message, onDismiss }: { message: string; onDismiss(): void }) {
  const t = useWords();
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t("error.title")}</MessageBarTitle>
        {message === CHUNK_FAILED ? t("error.chunk") : message}
      </MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onDismiss}>
          {t("error.dismiss")}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
