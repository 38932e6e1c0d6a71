import { DEFAULT_ANSWERS } from "@/lib/answers/values";
import { liveRecommendation } from "@/components/wizard/engine";
import { Wizard } from "@/components/wizard/wizard";

// The live recommendation for the default answers is worked out here, at build time: the browser
// loads the scoring code only once the answers change.
const initial = liveRecommendation(DEFAULT_ANSWERS);

export default function HomePage() {
  return <Wizard initial={initial} />;
}
