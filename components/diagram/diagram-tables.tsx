import type { Architecture } from "@/lib/architecture";
import { KIND_WORDS, carriesWords, groupPath, nodeLabel, phaseWords } from "./diagram-words";

const TH = "border-b border-border px-2 py-1.5 text-left font-semibold text-fg";
const TD = "border-b border-border px-2 py-1.5 align-top text-fg";

/** The diagram as text: every component and every flow of both views, for screen readers and copying. */
export function DiagramTables({ arch }: { arch: Architecture }) {
  return (
    <details className="rounded-lg border border-border bg-surface p-3 text-sm">
      <summary className="cursor-pointer font-semibold text-fg">Components and flows as a table</summary>
      <div className="mt-3 space-y-4">
        <div className="overflow-x-auto" role="region" aria-label="Components" tabIndex={0}>
          <table className="w-full border-collapse">
            <caption className="mb-1 text-left font-semibold text-fg">Components</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  Name
                </th>
                <th scope="col" className={TH}>
                  Type
                </th>
                <th scope="col" className={TH}>
                  Where
                </th>
                <th scope="col" className={TH}>
                  Shown
                </th>
              </tr>
            </thead>
            <tbody>
              {arch.nodes.map((n) => (
                <tr key={n.id}>
                  <th scope="row" className={`${TD} font-medium`}>
                    {n.label}
                    <span className="block text-xs font-normal text-muted">{n.sublabel}</span>
                  </th>
                  <td className={TD}>{KIND_WORDS[n.kind]}</td>
                  <td className={TD}>{groupPath(arch, n.group)}</td>
                  <td className={TD}>{phaseWords(n.phase, arch.failoverLabel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div className="overflow-x-auto" role="region" aria-label="Flows" tabIndex={0}>
          <table className="w-full border-collapse">
            <caption className="mb-1 text-left font-semibold text-fg">Flows</caption>
            <thead>
              <tr>
                <th scope="col" className={TH}>
                  From
                </th>
                <th scope="col" className={TH}>
                  To
                </th>
                <th scope="col" className={TH}>
                  Carries
                </th>
                <th scope="col" className={TH}>
                  Shown
                </th>
              </tr>
            </thead>
            <tbody>
              {arch.flows.map((f) => (
                <tr key={f.id}>
                  <td className={TD}>{nodeLabel(arch, f.from)}</td>
                  <td className={TD}>{nodeLabel(arch, f.to)}</td>
                  <td className={TD}>
                    {carriesWords(f)}
                    {f.label && f.carries.length ? <span className="block text-xs text-muted">{f.label}</span> : null}
                  </td>
                  <td className={TD}>{phaseWords(f.phase, arch.failoverLabel)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </details>
  );
}
