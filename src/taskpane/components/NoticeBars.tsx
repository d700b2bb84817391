/**
 * Notices grouped by level, one MessageBar per level, errors first, in the planner's words. In the
 * results chunk with its words (lazy-views.tsx): notices come only from the workbook's answers.
 */
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { Notice, NoticeLevel } from "../../model/layout/steps";
import { catalogue, type ResultsWords } from "../../model/i18n/pane-results";
import { useTabWords } from "../words";

/** Errors first; each level's title, a count. */
const ORDER: { level: NoticeLevel; title: "notices.error" | "notices.warning" | "notices.info" }[] = [
  { level: "error", title: "notices.error" },
  { level: "warning", title: "notices.warning" },
  { level: "info", title: "notices.info" },
];

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: "anywhere" },
});

export function noticeTitle(level: NoticeLevel, count: number, t: ResultsWords): string {
  return t(ORDER.find((o) => o.level === level)!.title, { count });
}

export interface NoticeBarsProps {
  /** In the pane's language already: the Office host phrases them so. */
  notices: Notice[];
}

/** A notice's line: its sheet first unless the message names it already. */
export function noticeLine(n: Notice, t: ResultsWords): string {
  const message = n.message;
  return n.sheet && !message.includes(n.sheet) ? t("notices.line", { sheet: n.sheet, message }) : message;
}

export function NoticeBars({ notices }: NoticeBarsProps) {
  const styles = useStyles();
  const t = useTabWords(catalogue);
  return (
    <>
      {ORDER.map(({ level }) => {
        const mine = notices.filter((n) => n.level === level);
        if (!mine.length) return null;
        return (
          // multiline: the single-line layout needs width a 350 px pane does not have.
          <MessageBar key={level} intent={level} layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{noticeTitle(level, mine.length, t)}</MessageBarTitle>
              <ul className={styles.list}>
                {mine.map((n, i) => (
                  <li key={i}>{noticeLine(n, t)}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        );
      })}
    </>
  );
}
