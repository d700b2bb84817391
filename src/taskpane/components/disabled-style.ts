/**
 * A primary button, once disabled, loses its fill and (in Fluent) its border: in high contrast
 * only its text is left, in the theme's disabled colour (green in the Teams and Windows black
 * themes), and it reads as a line of green text rather than a button that cannot be pressed yet.
 * This keeps its outline, in the theme's disabled stroke, so it still has a button's shape.
 */
import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

export const useDisabledOutline = makeStyles({
  outlined: {
    ...shorthands.borderColor(tokens.colorNeutralStrokeDisabled),
    // Windows high contrast (forced colours) paints the theme over: keep the system's disabled colour.
    "@media (forced-colors: active)": { ...shorthands.borderColor("GrayText"), color: "GrayText" },
  },
});
