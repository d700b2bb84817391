/** IATI 2.03 export of a plan: settings it needs, the activity model, its XML and JSON. */
export type { IatiActivities, IatiActivity } from "./activity";
export { activityIdentifier, buildIatiActivities, type ExportOptions } from "./build-activities";
export { iatiSettingsProblems, type IatiSettingProblem } from "./required-settings";
export { iatiXml } from "./to-xml";
export { iatiJson } from "./to-json";
