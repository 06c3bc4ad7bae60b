export { AppShell } from "./components/AppShell";
export type { NavLink } from "./components/AppShell";
export { CatalogList } from "./components/CatalogList";
export { ItemGuide } from "./components/ItemGuide";
export { LoginScreen } from "./components/LoginScreen";
export { StationView } from "./components/StationView";
export { VillageTable } from "./components/VillageTable";
export { formatDate, formatFen } from "./format";
export type * from "./types";
