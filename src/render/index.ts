/** The render engine: template modules + plan -> in-memory file tree. */
export { loadModules, type LoadOptions } from "./load-modules.js";
export { renderRepository, capabilityStages, type RenderInput, type RenderResult, type DeployPlan } from "./render.js";
export { formatTree, formatTree as formatTreeListing } from "./format-tree.js";
export { sortedTree, contentBytes, type FileTree, type FileContent } from "./tree.js";
export type { ModuleCatalog, ModuleManifest, TemplateModule, FileEntry } from "./manifest-schema.js";
