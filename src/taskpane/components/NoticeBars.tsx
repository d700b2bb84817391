/** Notices grouped by level, one MessageBar per level, errors first, in the planner's words. */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Notice, NoticeLevel } from "../../model/layout/steps";
import { plainWords } from "../state/plain-words";

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

export interface NoticeBarsProps {
  notices: Notice[];
  /** Read from the workbook before any set-up ran (a first visit): no "again". */
  beforeSetUp?: boolean;
}

/** A notice's line: its sheet first unless the message names it already. */
export function noticeLine(n: Notice, beforeSetUp = false): string {
  const message = plainWords(n.message, { beforeSetUp });
  return n.sheet && !message.includes(n.sheet) ? `${n.sheet}: ${message}` : message;
}

export function NoticeBars({ notices, beforeSetUp = false }: NoticeBarsProps) {
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
                  <li key={i}>{noticeLine(n, beforeSetUp)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </>
  );
}
