/** Notices grouped by level, one MessageBar per level, errors first. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Notice, NoticeLevel } from "../../model/layout/steps";

const ORDER: { level: NoticeLevel; one: string; many: string }[] = [
  { level: "error", one: "1 problem", many: "problems" },
  { level: "warning", one: "1 warning", many: "warnings" },
  { level: "info", one: "1 note", many: "notes" },
];

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function noticeTitle(level: NoticeLevel, count: number): string {
  const words = ORDER.find((o) => o.level === level)!;
  return count === 1 ? words.one : `${count} ${words.many}`;
}

export function NoticeBars({ notices }: { notices: Notice[] }) {
  const styles = useStyles();
  return (
    <>
      {ORDER.map(({ level }) => {
        const mine = notices.filter((n) => n.level === level);
        if (!mine.length) return null;
        return (
          // multiline: the single-line layout needs width a 350 px pane does not have.
          <MessageBar key={level} intent={level} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{noticeTitle(level, mine.length)}</MessageBarTitle>
              <ul className={styles.list}>
                {mine.map((n, i) => (
                  <li key={i}>{n.sheet && !n.message.includes(n.sheet) ? `${n.sheet}: ${n.message}` : n.message}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </>
  );
}
