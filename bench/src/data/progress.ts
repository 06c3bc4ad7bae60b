/** A one-line progress bar on a terminal (a line per tenth otherwise), with the rate since the start. */
export function progressBar(label: string, total: number, unit: string) {
  const started = performance.now();
  let lastTenth = -1;
  return {
    update(done: number, extra = "") {
      const seconds = (performance.now() - started) / 1000;
      const share = total === 0 ? 1 : Math.min(1, done / total);
      const rate = Math.round(done / Math.max(seconds, 0.001)).toLocaleString("en-US");
      const bar = "#".repeat(Math.round(share * 30)).padEnd(30, ".");
      const line = `${label} [${bar}] ${(share * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString("en-US")}/${total.toLocaleString("en-US")} ${unit}  ${rate} ${unit}/s${extra ? `  ${extra}` : ""}`;
      if (process.stdout.isTTY) process.stdout.write(`\r${line}`);
      else if (Math.floor(share * 10) > lastTenth) {
        lastTenth = Math.floor(share * 10);
        console.log(line);
      }
    },
    done() {
      if (process.stdout.isTTY) process.stdout.write("\n");
      return (performance.now() - started) / 1000;
    },
  };
}
