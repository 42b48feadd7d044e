/** The report's only stylesheet, inlined: system fonts, no images, and print rules for hand-over. */
export const REPORT_CSS = `
:root{--ink:#1d2433;--muted:#5b6577;--line:#dde2ea;--bg:#f6f7fa;--card:#fff;--accent:#2457c5;
--traditional:#c0392b;--initial:#d68910;--advanced:#1f8a9e;--optimal:#1e8449;
--identity:#2457c5;--devices:#7d3cc8;--network:#0e8a7a;--workloads:#c2571a;--data:#b83263;--monitoring:#5a6b00;--automation:#4a5568}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:1080px;margin:0 auto;padding:32px 24px 64px}
header.report{border-bottom:3px solid var(--accent);margin-bottom:24px;padding-bottom:12px}
h1{font-size:28px;margin:0 0 4px;overflow-wrap:anywhere}
h2{font-size:21px;margin:36px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
h3{font-size:18px;margin:28px 0 8px}
h4{font-size:15px;margin:18px 0 6px}
p{margin:8px 0}
.muted{color:var(--muted)}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(180px,1fr));gap:12px;margin:16px 0}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px 16px}
.card .big{font-size:24px;font-weight:650}
.card .label{font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
.overview{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:20px;align-items:start}
.small{font-size:12px}
td.counts{font-size:12.5px;line-height:1.35}
table.pillars{margin-top:0;font-size:13.5px}
@media (max-width:820px){.overview{grid-template-columns:1fr}.overview figure{max-width:560px;width:100%;margin:0 auto}}
figure{margin:0;background:var(--card);border:1px solid var(--line);border-radius:8px;padding:12px}
figcaption{font-size:13px;color:var(--muted);margin-top:4px}
.chart{width:100%;height:auto;display:block}
table{border-collapse:collapse;width:100%;background:var(--card);margin:10px 0;font-size:14px}
th,td{border:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{background:#eef1f6;font-weight:600}
td.num{text-align:right;font-variant-numeric:tabular-nums}
code{font:13px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#eef1f6;padding:1px 4px;border-radius:4px;overflow-wrap:anywhere}
.stage{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12.5px;font-weight:600;color:#fff;white-space:nowrap}
.stage-traditional{background:var(--traditional)}.stage-initial{background:var(--initial)}
.stage-advanced{background:var(--advanced)}.stage-optimal{background:var(--optimal)}
.stage-none{background:#98a1b0}
.status{font-weight:600;white-space:nowrap}
.zero{color:#a3abb8;font-weight:400}.status-confirmed{color:var(--optimal)}.status-contradicted{color:var(--traditional)}.status-unverified{color:var(--muted)}.status-not-applicable{color:var(--muted);font-style:italic}
.up{color:var(--optimal);font-weight:600}.down{color:var(--traditional);font-weight:600}.same{color:var(--muted)}
blockquote{margin:8px 0;padding:8px 12px;border-left:4px solid var(--traditional);background:#fbeeee;border-radius:0 6px 6px 0}
ol.steps{padding-left:26px}ol.steps li{margin-bottom:14px}ol.steps li>div{margin:2px 0}
.step-head{font-size:15.5px}.files{font-size:13px}
.phase{display:inline-block;font-size:12px;font-weight:600;padding:1px 8px;border-radius:4px;margin-right:6px;background:#eef1f6;color:var(--muted);white-space:nowrap}
.phase-0{background:#e3f1e8;color:#1e6b3a}.phase-1{background:#e2ecfa;color:#1d4a9e}.phase-2{background:#f3e8fb;color:#6a2c9a}.phase-3{background:#fdf0dc;color:#8a5300}
ul.checks{list-style:none;padding-left:0}ul.checks>li{margin:6px 0;padding:8px 10px;background:var(--card);border:1px solid var(--line);border-radius:6px}
.verdict{font-weight:700;font-size:12px;padding:1px 6px;border-radius:4px;margin-right:6px}
.verdict-fail{background:#fbeeee;color:var(--traditional)}.verdict-pass{background:#e9f6ee;color:var(--optimal)}.verdict-undecided{background:#eef1f6;color:var(--muted)}
section.pillar{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:4px 18px 12px;margin:18px 0}
.radar-ring{fill:none;stroke:#cfd5df;stroke-width:1}
.radar-axis{stroke:#b5bdca;stroke-width:1}
.radar-scale text{font-size:12px;fill:var(--muted)}
.radar-label{font-size:17px;font-weight:600;fill:var(--ink)}
.radar-answered{fill:rgba(214,137,16,.12);stroke:var(--initial);stroke-width:2;stroke-dasharray:6 4}
.radar-effective{fill:rgba(36,87,197,.22);stroke:var(--accent);stroke-width:2.5}
.radar-dot-answered{fill:var(--initial)}.radar-dot-effective{fill:var(--accent)}
.legend{display:flex;gap:8px 18px;font-size:13px;color:var(--muted);margin-top:6px;flex-wrap:wrap}
.swatch{display:inline-block;width:14px;height:10px;border-radius:2px;margin-right:6px;vertical-align:middle}
.swatch-answered{border:2px dashed var(--initial);background:rgba(214,137,16,.12)}.swatch-effective{border:2px solid var(--accent);background:rgba(36,87,197,.22)}
.bars-grid{stroke:#e3e7ee}.bars-scale,.bars-label{font-size:12px;fill:var(--muted)}
.bars text{font-size:12px;fill:var(--ink)}
.pillar-identity{fill:var(--identity)}.pillar-devices{fill:var(--devices)}.pillar-network{fill:var(--network)}
.pillar-workloads{fill:var(--workloads)}.pillar-data{fill:var(--data)}.pillar-monitoring{fill:var(--monitoring)}.pillar-automation{fill:var(--automation)}
footer{margin-top:40px;font-size:13px;color:var(--muted)}
@media print{
  @page{size:A4;margin:14mm}
  body{background:#fff;font-size:10.5pt}
  main{max-width:none;padding:0}
  *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
  h2{break-after:avoid}h3,h4{break-after:avoid}
  figure,table,blockquote,ul.checks>li,ol.steps li,.card{break-inside:avoid}
  section.pillar{border:none;padding:0;break-before:auto}
  .overview{grid-template-columns:1fr}
  .overview figure{width:70%;margin:0 auto}
  a{color:inherit;text-decoration:none}
  a[href^="http"]::after{content:" (" attr(href) ")";font-size:9pt;color:var(--muted);overflow-wrap:anywhere}
}
`;
