export { ClockButton } from "./ClockButton";
export { IntakeWizard } from "./IntakeWizard";
export type { WizardStaff } from "./IntakeWizard";
export { LoginForm } from "./LoginForm";
export { MatterActions } from "./MatterActions";
export { PrintButton } from "./PrintButton";
export { SignOutButton } from "./SignOutButton";
