import { Wizard } from "@/components/wizard/wizard";

export default function HomePage() {
  return <Wizard />;
}
