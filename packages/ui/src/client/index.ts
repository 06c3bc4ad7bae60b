export { LoginForm } from "./LoginForm";
export { SignOutButton } from "./SignOutButton";
