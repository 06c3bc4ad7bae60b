import type { StationPublicData } from "./StationPublicTypes";

/** The three complaint hotlines with addresses: township centre, district efficiency centre, approval centre. */
export function StationHotlines({ hotlines }: { hotlines: StationPublicData["hotlines"] }) {
  return (
    <div className="sp-cards" data-testid="hotlines">
      {hotlines.map((h) => (
        <article key={h.name} className="sp-hotline">
          <h3>{h.name}</h3>
          <div>
            投诉电话：
            <a className="sp-phone" href={`tel:${h.phone}`}>
              {h.phone}
            </a>
          </div>
          <div className="small muted">{h.address}</div>
        </article>
      ))}
    </div>
  );
}
