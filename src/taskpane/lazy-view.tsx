/**
 * A view fetched on first render (or ahead of it) as a chunk of its own: a short "Loading" line
 * stands in meanwhile, announced politely, and a chunk that does not arrive (the connection
 * dropped) is said in plain words with a button to try again, not a blank pane. The views
 * themselves are in lazy-views.tsx and lazy-progress-bar.tsx.
 */
import { Button, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Text, tokens } from "@fluentui/react-components";
import { Component, lazy, Suspense, useState, type ComponentType, type ReactNode } from "react";
import { useWords } from "./words";

const useStyles = makeStyles({
  loading: { color: tokens.colorNeutralForeground2 },
});

/**
 * The views by name: the messages "view.loading" and "view.failed" select their sentence by it
 * (only the check and catalogue say they are loading; they and the stages name themselves in a
 * failure, the results and notices say "part of the pane", the others are silent).
 */
export type ViewName = "check" | "catalogue" | "stages" | "status" | "nextSteps" | "progress" | "results" | "notices";

function ViewLoading({ what }: { what: ViewName }) {
  const styles = useStyles();
  const t = useWords();
  return (
    <div role="status" aria-live="polite">
      <Text className={styles.loading}>{t("view.loading", { what })}</Text>
    </div>
  );
}

function ViewFailed({ what, onRetry }: { what: ViewName; onRetry(): void }) {
  const t = useWords();
  return (
    <div role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{t("view.failed", { what })}</MessageBarBody>
        <MessageBarActions>
          <Button onClick={onRetry}>{t("view.retry")}</Button>
        </MessageBarActions>
      </MessageBar>
    </div>
  );
}

/** The import of a view's chunk failed (and nothing else: a view's own errors are not caught here). */
class ViewLoadError extends Error {
  constructor(readonly cause: unknown) {
    super("A view's chunk did not load.");
    this.name = "ViewLoadError";
  }
}

class LoadBoundary extends Component<{ fallback(reset: () => void): ReactNode; children: ReactNode }, { error?: unknown }> {
  override state: { error?: unknown } = {};
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    if (!(error instanceof ViewLoadError)) throw error;
    return this.props.fallback(() => this.setState({ error: undefined }));
  }
}

interface LazyOptions {
  /** Shown while loading; the "Loading the …" line unless given. */
  loading?: ReactNode;
  /** A small part another view already speaks for: a failed load shows nothing rather than a second error. */
  silentFailure?: boolean;
}

/** A lazy view that can also be fetched ahead of its first render. */
type PreloadableView<P> = ComponentType<P> & {
  /** Fetches the view now; a view fetched before its first render shows at once, without a pass through its fallback. */
  preload(): Promise<void>;
};

/** A thenable that answers at once: React.lazy then takes the view without suspending. */
function now<T>(value: T): Promise<T> {
  return { then: (fulfilled: (v: T) => unknown) => now(fulfilled(value)) } as unknown as Promise<T>;
}

/** A view loaded on first render (or preloaded); a failed load is retried with a fresh import when asked. */
export function lazyView<P extends object>(what: ViewName, load: () => Promise<ComponentType<P>>, options: LazyOptions = {}): PreloadableView<P> {
  let fetched: ComponentType<P> | undefined;
  const fetch = () => load().then((c) => (fetched = c));
  const make = () =>
    lazy(() =>
      (fetched ? now(fetched) : fetch()).then(
        (c) => ({ default: c }),
        (e: unknown) => {
          // The user reads plain words; a developer needs what failed (a network error or a bug).
          console.error(`M&D Planner: the ${what} view did not load`, e);
          throw new ViewLoadError(e);
        },
      ),
    );
  let View = make();
  function LazyView(props: P) {
    const [, setAttempt] = useState(0);
    const retry = (reset: () => void) => {
      View = make();
      setAttempt((n) => n + 1);
      reset();
    };
    return (
      <LoadBoundary fallback={(reset) => (options.silentFailure ? null : <ViewFailed what={what} onRetry={() => retry(reset)} />)}>
        <Suspense fallback={"loading" in options ? options.loading : <ViewLoading what={what} />}>
          <View {...props} />
        </Suspense>
      </LoadBoundary>
    );
  }
  // A failure here is left to the view, which imports again when it renders and says so if that fails too.
  return Object.assign(LazyView, { preload: () => fetch().then(() => undefined, () => undefined) });
}
