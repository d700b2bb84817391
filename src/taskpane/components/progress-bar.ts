/** Fluent's progress bar and its animation library, in a chunk of their own (lazy-views.tsx). */
export { ProgressBar } from "@fluentui/react-components";
