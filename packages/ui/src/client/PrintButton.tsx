"use client";

/** Opens the browser's print dialog for the sheet on the page. */
export function PrintButton() {
  return (
    <button type="button" className="btn primary" onClick={() => window.print()}>
      打印
    </button>
  );
}
