/**
 * A section that opens on demand: a real button (aria-expanded, aria-controls) and the panel
 * under it, shown or not (the WAI-ARIA disclosure pattern). Fluent's Accordion did the same for
 * our two uses (Advanced settings, a stage's guidance) but brought its animation library into
 * the first chunk; a disclosure needs neither.
 */
import { Button, makeStyles, mergeClasses, tokens, useId } from "@fluentui/react-components";
import { ChevronRightRegular } from "@fluentui/react-icons";
import { useState, type ReactNode } from "react";

const useStyles = makeStyles({
  button: { alignSelf: "flex-start", paddingLeft: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalXS})`, fontWeight: tokens.fontWeightRegular },
  chevron: { transitionProperty: "transform", transitionDuration: tokens.durationFaster, "@media (prefers-reduced-motion: reduce)": { transitionDuration: "0.01ms" } },
  open: { transform: "rotate(90deg)" },
});

export interface DisclosureProps {
  /** The button's text. */
  label: string;
  size?: "small" | "medium";
  /** Read with the button, to tell several alike apart (each stage's "Guidance"). */
  describedBy?: string;
  /** The open panel's own layout. */
  className?: string;
  children: ReactNode;
}

export function Disclosure({ label, size = "medium", describedBy, className, children }: DisclosureProps) {
  const styles = useStyles();
  const panelId = useId("disclosure");
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        className={styles.button}
        appearance="transparent"
        size={size}
        icon={<ChevronRightRegular className={mergeClasses(styles.chevron, open && styles.open)} />}
        aria-expanded={open}
        aria-controls={panelId}
        aria-describedby={describedBy}
        onClick={() => setOpen(!open)}
      >
        {label}
      </Button>
      {/* Kept when closed, for aria-controls; its layout only when open (a display rule would defeat hidden). */}
      <div id={panelId} className={open ? className : undefined} hidden={!open}>
        {open && children}
      </div>
    </>
  );
}
