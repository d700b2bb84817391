/**
 * A button that rebuilds derived tables from the rows typed, with what it does in words below it
 * (and, when the tables are not there yet, what to do first).
 */
import { Button, makeStyles, Text, tokens, useId } from "@fluentui/react-components";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", alignItems: "flex-start", gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground2 },
});

export interface RebuildButtonProps {
  label: string;
  /** What the rebuild does and when it is needed. */
  help: string;
  /** Tables present and nothing running. */
  enabled: boolean;
  /** Why the button cannot be used yet, when the tables are not there (not when merely busy). */
  unavailable?: string;
  onRebuild(): void;
}

export function RebuildButton({ label, help, enabled, unavailable, onRebuild }: RebuildButtonProps) {
  const styles = useStyles();
  const helpId = useId("rebuild-help");
  return (
    <div className={styles.root}>
      {/* disabledFocusable, not disabled: the button keeps focus while it works. */}
      <Button disabledFocusable={!enabled} aria-describedby={helpId} onClick={onRebuild}>
        {label}
      </Button>
      <Text id={helpId} size={200} className={styles.hint}>
        {unavailable ? `${help} ${unavailable}` : help}
      </Text>
    </div>
  );
}
