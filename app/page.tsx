import { ANSWER_KEYS } from "@/lib/answers";
import { Wizard } from "@/components/wizard/wizard";

// A permalink (`/?goal=…` without a step hash) belongs on the result page. The server never sees
// the hash, so this tiny script decides before the wizard paints; its SHA-256 is in the policy
// like every prerendered inline script. (The wizard repeats the check for client-side arrivals.)
const PERMALINK_REDIRECT = `try{var p=new URLSearchParams(location.search),k=${JSON.stringify(ANSWER_KEYS)};if(!location.hash&&k.some(function(n){return p.has(n)}))location.replace("/result"+location.search)}catch(e){}`;

export default function HomePage() {
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: PERMALINK_REDIRECT }} />
      <Wizard />
    </>
  );
}
