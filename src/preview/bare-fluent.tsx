/**
 * A bare Fluent UI v9 page: a provider, a heading, a field and a button, nothing of ours. The
 * bench renders it beside the pane to express the pane's first render as a ratio.
 */
import { createRoot } from "react-dom/client";
import { Button, FluentProvider, Input, Label, Title3, webLightTheme } from "@fluentui/react-components";

function Bare() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Title3 as="h1">Bare page</Title3>
      <Label htmlFor="field">A field</Label>
      <Input id="field" />
      <Button appearance="primary" data-first-render="">
        A button
      </Button>
    </FluentProvider>
  );
}

const container = document.createElement("div");
document.body.appendChild(container);
createRoot(container).render(<Bare />);
