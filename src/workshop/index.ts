export { customerStore, openCustomer, saveSnapshot, listSnapshots, SNAPSHOT_FILES, type CustomerStore, type CustomerPaths, type Snapshot } from "./store.js";
export { customerSlug, validateCustomerName } from "./customer-name.js";
export { workshopHome, HOME_ENV } from "./home.js";
export { listCustomers, type CustomerSummary } from "./list.js";
export { pillarProgress, unansweredPillars, type PillarProgress } from "./progress.js";
export { formatInterim } from "./interim.js";
export { recordCustomerAssessment, type RecordedAssessment } from "./record.js";
