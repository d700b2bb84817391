/**
 * The bar under a progress message (Progress.tsx), Fluent's with its animation library, fetched
 * after the first render: the words say it all while it loads, or if it never does. Its own module,
 * apart from lazy-views.tsx, because the views fetched there show progress themselves.
 */
import type { ProgressBarProps } from "@fluentui/react-components";
import { lazyView } from "./lazy-view";

const progressBar = () => import(/* webpackChunkName: "progress-bar" */ "./components/progress-bar");

export const LazyProgressBar = lazyView<ProgressBarProps>("progress", () => progressBar().then((m) => m.ProgressBar), { loading: null, silentFailure: true });
