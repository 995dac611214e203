// rasd dashboard: the map (Leaflet, offline: OCHA boundaries instead of tiles; region-level
// events, a heat map of deaths, town names), the timeline and the deaths charts (uPlot),
// and re-picking an event's place from gazetteer candidates. No inline scripts:
// the page passes data in data-* attributes (the Content Security Policy forbids inline).
"use strict";

const TYPE_COLOURS = {
  "Battles": "#c0392b",
  "Explosions/Remote violence": "#e67e22",
  "Violence against civilians": "#8e44ad",
  "Protests": "#2980b9",
  "Riots": "#16a085",
  "Strategic developments": "#7f8c8d",
};

function getJSON(url) {
  return fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
    .then((response) => {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
}

function text(value) {
  const span = document.createElement("span");
  span.textContent = value == null ? "" : String(value);
  return span;
}

function baseMap(element) {
  // No tile layer (offline), so the zoom range must be given: marker clustering needs it.
  const map = L.map(element, { zoomControl: true, attributionControl: true, minZoom: 5, maxZoom: 14 });
  map.setView([35.0, 38.5], 7);
  map.attributionControl.addAttribution(label("boundaries_credit", "Boundaries: OCHA"));
  const admin2 = getJSON("/api/v1/boundaries/2").then((geojson) => {
    L.geoJSON(geojson, { style: { color: "#999", weight: 0.6, fill: false }, interactive: false }).addTo(map);
  });
  const admin1 = getJSON("/api/v1/boundaries/1").then((geojson) => {
    const layer = L.geoJSON(geojson, {
      style: { color: "#444", weight: 1.4, fillColor: "#f4f1ea", fillOpacity: 0.6 },
      interactive: false,
    }).addTo(map);
    layer.bringToBack();
    if (layer.getBounds().isValid()) map.fitBounds(layer.getBounds());
  });
  return { map, ready: Promise.all([admin1, admin2]).catch(() => null) };
}

function eventMarker(event) {
  const killed = event.fatalities || 0;
  const radius = 5 + Math.min(14, Math.sqrt(killed) * 3);
  const colour = TYPE_COLOURS[event.event_type] || "#333";
  const marker = L.circleMarker([event.latitude, event.longitude], {
    radius, color: "#222", weight: 1, fillColor: colour, fillOpacity: 0.85,
  });
  marker.bindPopup(() => {  // built when opened: thousands of markers, few popups
    const popup = document.createElement("div");
    const link = document.createElement("a");
    link.href = "/events/" + event.event_id;
    link.appendChild(text(event.sub_event_type + " · " + (event.event_date || "")));
    popup.appendChild(link);
    popup.appendChild(document.createElement("br"));
    const place = text(event.location_name + " · " + label("killed", "Killed") + ": " + killed);
    place.dir = "auto";
    popup.appendChild(place);
    return popup;
  });
  return marker;
}

// The interface's words, from the page (i18n.toml), for what this script writes itself.
function labels() {
  try { return JSON.parse(document.body.dataset.labels || "{}"); } catch (error) { return {}; }
}

function label(key, fallback) {
  const value = labels()[key];
  return value || fallback || key;
}

// An event type as the interface names it (Arabic in the Arabic interface).
function typeName(type) {
  return (labels().event_types || {})[type] || type;
}

// What each colour and shape means, in a corner of the map.
function addLegend(map) {
  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => {
    const box = L.DomUtil.create("div", "legend");
    box.id = "map-legend";
    Object.entries(TYPE_COLOURS).forEach(([type, colour]) => {
      const row = L.DomUtil.create("div", "legend-row", box);
      const swatch = L.DomUtil.create("span", "swatch", row);
      swatch.style.background = colour;
      row.appendChild(text(typeName(type)));
    });
    const region = L.DomUtil.create("div", "legend-row", box);
    region.id = "legend-region";
    L.DomUtil.create("span", "swatch region-swatch", region);
    region.appendChild(text(label("region_level", "Known only to the governorate (at its centre)")));
    return box;
  };
  legend.addTo(map);
}

// A filter beyond sorting and paging narrows the events: the map then zooms to them.
function isFiltered(query) {
  const params = new URLSearchParams(query);
  return [...params.keys()].some((key) => !["page", "sort"].includes(key) && params.get(key));
}

// Events known only to their governorate (geo_precision 3): one hollow dashed circle at the
// governorate's centre, sized by how many, linking to the list of them.
function regionLayer(query) {
  const layer = L.layerGroup();
  const loaded = getJSON("/api/v1/map/regions?" + query).then((data) => {
    data.regions.forEach((region) => {
      const radius = 9 + Math.min(20, Math.sqrt(region.events) * 3);
      const marker = L.circleMarker([region.latitude, region.longitude], {
        radius, color: "#222", weight: 2, dashArray: "5 4", fill: true, fillOpacity: 0.04,
        className: "region-marker",
      });
      marker.bindPopup(() => {
        const popup = document.createElement("div");
        const params = new URLSearchParams(query);
        params.delete("admin1");
        params.delete("page");
        params.append("admin1", region.admin1);
        params.set("mapped", "no");
        const link = document.createElement("a");
        link.href = "/?" + params.toString();
        link.appendChild(text(region.admin1 + " · " + region.events + " " + label("events", "events")));
        popup.appendChild(link);
        popup.appendChild(document.createElement("br"));
        popup.appendChild(text(label("region_level", "Known only to the governorate") + " · " +
          label("killed", "killed") + ": " + region.fatalities));
        return popup;
      });
      marker.bindTooltip(region.admin1 + " (" + region.events + ")", { direction: "top" });
      layer.addLayer(marker);
    });
    return data.regions.length;
  }).catch(() => 0);  // without a gazetteer the map still shows the located events
  return { layer, loaded };
}

// Deaths as heat: each located event weighs its toll, capped near the top so one massacre
// does not wash out the rest.
function heatLayer(points, fatalitiesAt) {
  const tolls = points.map((row) => row[fatalitiesAt] || 0).filter((n) => n > 0).sort((a, b) => a - b);
  const cap = tolls.length ? Math.max(1, tolls[Math.floor(tolls.length * 0.95)] || 1) : 1;
  const weighted = points.filter((row) => (row[fatalitiesAt] || 0) > 0)
    .map((row) => [row[1], row[2], Math.min(1, row[fatalitiesAt] / cap)]);
  return L.heatLayer(weighted, { radius: 22, blur: 18, maxZoom: 10, max: 1.0 });
}

// Town names from the gazetteer, each from its own zoom on: only those in view are drawn.
// They are asked for once `after` settles (the events first: names are a backdrop).
function townLayer(map, element, after) {
  const layer = L.layerGroup();
  const arabic = document.body.dataset.lang === "ar";
  let towns = [];
  function redraw() {
    layer.clearLayers();
    if (!map.hasLayer(layer)) return;
    const zoom = map.getZoom();
    const view = map.getBounds().pad(0.1);
    let shown = 0;
    for (const town of towns) {
      if (town.min_zoom > zoom) break;  // the server sends them by zoom, lowest first
      if (!view.contains([town.latitude, town.longitude])) continue;
      const name = document.createElement("span");
      name.textContent = arabic ? (town.name_ar || town.name_en) : (town.name_en || town.name_ar);
      name.dir = "auto";
      const icon = L.divIcon({ className: "town-label", html: name, iconSize: null });
      layer.addLayer(L.marker([town.latitude, town.longitude], {
        icon, pane: "labels", interactive: false, keyboard: false,
      }));
      if (++shown >= 400) break;
    }
    element.dataset.townLabels = String(shown);
  }
  const loaded = after.catch(() => null).then(() => getJSON("/api/v1/map/towns")).then((data) => {
    towns = data.towns.map((row) => {
      const town = {};
      data.columns.forEach((name, i) => { town[name] = row[i]; });
      return town;
    });
    redraw();
  }).catch(() => { element.dataset.townLabels = "0"; });  // no gazetteer: no names
  map.on("zoomend moveend overlayadd", redraw);
  return { layer, loaded };
}

function drawEventsMap(element) {
  const { map, ready } = baseMap(element);
  element.rasdMap = map;  // for the browser tests, which move the map
  map.createPane("labels");  // above the outlines and the heat, below the markers
  map.getPane("labels").style.zIndex = 450;
  map.getPane("labels").style.pointerEvents = "none";
  addLegend(map);
  map.on("zoomend", () => { element.dataset.zoom = String(map.getZoom()); });
  const query = element.dataset.query || "";
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  const regions = regionLayer(query);
  const overlays = {};
  let bounds = null;
  const fetched = getJSON("/api/v1/map/points?" + query);
  const towns = townLayer(map, element, fetched);
  const points = fetched.then((data) => {
    const markers = data.points.map((row) => {
      const event = {};
      data.columns.forEach((name, i) => { event[name] = row[i]; });
      return eventMarker(event);
    });
    clusters.addLayers(markers);  // in bulk: much faster than one by one
    const drawn = markers.length;
    if (drawn && isFiltered(query)) bounds = L.latLngBounds(data.points.map((row) => [row[1], row[2]]));
    map.addLayer(clusters);
    map.addLayer(regions.layer);
    map.addLayer(towns.layer);
    overlays[label("layer_events", "Events")] = clusters;
    overlays[label("layer_regions", "Events known only to their governorate")] = regions.layer;
    overlays[label("layer_heat", "Deaths (heat map)")] = heatLayer(data.points, data.columns.indexOf("fatalities"));
    overlays[label("layer_towns", "Town names")] = towns.layer;
    L.control.layers(null, overlays, { collapsed: false, position: "topright" }).addTo(map);
    map.on("overlayadd overlayremove", (e) => {
      if (e.layer === overlays[label("layer_heat", "Deaths (heat map)")]) {
        element.dataset.heat = e.type === "overlayadd" ? "on" : "off";
      }
    });
    element.dataset.markers = String(drawn);
    return Promise.all([ready, regions.loaded.then((n) => { element.dataset.regions = String(n); })]);
  });
  const drawn = points.then(() => {
    if (bounds && bounds.isValid()) {  // after the outlines' own fit, so this one wins
      map.fitBounds(bounds, { maxZoom: 10, padding: [20, 20] });
      element.dataset.zoomed = "true";
    }
    element.dataset.zoom = String(map.getZoom());
    // the map is rendered when its outlines and events are drawn; town names follow
    if (window.performance && performance.mark) performance.mark("rasd-map-rendered");
  });
  drawn.then(() => towns.loaded).then(() => {
    element.dataset.rendered = "true";
  }).catch((error) => {
    element.dataset.error = String(error);
  });
  return drawn;
}

// ---- time: uPlot charts (canvas), left to right whatever the page's direction ----------

const DAY = 86400;

function isoDay(seconds) {
  return new Date(Math.round(seconds) * 1000).toISOString().slice(0, 10);
}

function daySeconds(iso) {
  return Date.parse(iso + "T00:00:00Z") / 1000;
}

function chartWidth(element) {
  return Math.max(280, Math.floor(element.clientWidth || element.parentElement.clientWidth || 400));
}

// ISO dates on the time axis: the same in both languages, and never ambiguous.
function dayAxis() {
  return { space: 90, values: (u, splits) => splits.map((v) => isoDay(v)) };
}

// Keep a chart as wide as its box.
function keepSized(element, chart, height) {
  if (!window.ResizeObserver) return;
  new ResizeObserver(() => chart.setSize({ width: chartWidth(element), height })).observe(element);
}

// The timeline: events per day stacked by type (bars), deaths as dots on their own scale.
// Dragging across it sets the date filter (since, until): the page, map, charts and table
// follow, and the timeline then shows only those days, so a drag is also a zoom.
function drawTimeline(element) {
  const query = element.dataset.query || "";
  getJSON("/api/v1/timeline?" + query).then((data) => {
    const days = data.days;
    element.textContent = "";
    element.dataset.days = String(days.length);
    if (!days.length) { element.dataset.rendered = "true"; return; }
    const xs = days.map((d) => daySeconds(d.date));
    const types = Object.keys(TYPE_COLOURS).filter((type) => days.some((d) => d.types[type]));
    const others = [...new Set(days.flatMap((d) => Object.keys(d.types)))].filter((t) => !(t in TYPE_COLOURS));
    const stack = types.concat(others);
    const raw = stack.map((type) => days.map((d) => d.types[type] || 0));
    // Bars are drawn in order, each from zero: the running totals, largest first, stack.
    const running = [];
    raw.forEach((counts, i) => running.push(counts.map((n, j) => n + (i ? running[i - 1][j] : 0))));
    const bars = uPlot.paths.bars({ size: [0.8, 24, 2] });
    const series = [{ label: label("date", "Date"), value: (u, v) => (v == null ? "" : isoDay(v)) }];
    for (let i = stack.length - 1; i >= 0; i--) {
      const colour = TYPE_COLOURS[stack[i]] || "#555";
      series.push({ label: typeName(stack[i]), fill: colour, stroke: colour, width: 0, paths: bars,
        points: { show: false }, value: (u, v, si, di) => (di == null ? "" : raw[i][di]) });
    }
    series.push({ label: label("killed", "Killed"), scale: "deaths", stroke: "#111", width: 0,
      paths: () => null, points: { show: true, size: 6, stroke: "#111", fill: "#fff" } });
    const plotData = [xs, ...running.slice().reverse(), days.map((d) => d.fatalities)];
    const height = 170;
    const chart = new uPlot({
      width: chartWidth(element), height,
      cursor: { drag: { x: true, y: false, setScale: false } },
      select: { show: true },
      scales: { x: { time: true, range: (u, min, max) => [min - DAY, max + DAY] },
        y: { range: (u, min, max) => [0, Math.max(1, max)] },
        deaths: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [dayAxis(), { label: label("events", "Events"), size: 50 },
        { scale: "deaths", side: 1, label: label("killed", "Killed"), size: 50, grid: { show: false } }],
      series,
      hooks: { setSelect: [(u) => {
        if (u.select.width < 4) return;
        const a = u.posToVal(u.select.left, "x"), b = u.posToVal(u.select.left + u.select.width, "x");
        let since = Math.ceil(a / DAY), until = Math.floor(b / DAY);
        if (since > until) since = until = Math.round((a + b) / 2 / DAY);
        setDates(isoDay(since * DAY), isoDay(until * DAY));
      }] },
    }, plotData, element);
    keepSized(element, chart, height);
    element.rasdChart = chart;
    element.dataset.rendered = "true";
  }).catch((error) => { element.textContent = String(error); element.dataset.error = String(error); });
}

// The date filter from the timeline: the URL's since and until, back to the first page.
function setDates(since, until) {
  const params = new URLSearchParams(window.location.search);
  params.set("since", since);
  params.set("until", until);
  params.delete("page");
  window.location.search = params.toString();
}

const PALETTE = ["#c0392b", "#2980b9", "#27ae60", "#8e44ad", "#d35400", "#16a085",
  "#7f8c8d", "#2c3e50", "#f39c12", "#1abc9c"];

// Deaths over time by governorate or by actor: one line each (the rest as one, grey).
function drawDeaths(element) {
  const query = element.dataset.query || "";
  const by = element.dataset.by || "admin1";
  getJSON("/api/v1/deaths?by=" + by + "&" + query).then((data) => {
    element.textContent = "";
    element.dataset.series = String(data.series.length);
    if (!data.series.length) { element.dataset.rendered = "true"; return; }
    const xs = data.dates.map(daySeconds);
    const step = data.period === "month" ? 30 * DAY : data.period === "week" ? 7 * DAY : DAY;
    const series = [{ label: label("period_" + data.period, data.period),
      value: (u, v) => (v == null ? "" : isoDay(v)) }];
    data.series.forEach((line, i) => {
      const colour = line.name == null ? "#999" : PALETTE[i % PALETTE.length];
      series.push({ label: line.name == null ? label("other", "Other") : line.name,
        stroke: colour, width: 2, points: { show: xs.length < 40, size: 4, fill: colour } });
    });
    const height = 200;
    const chart = new uPlot({
      width: chartWidth(element), height,
      scales: { x: { time: true, range: (u, min, max) => [min - step / 2, max + step / 2] },
        y: { range: (u, min, max) => [0, Math.max(1, max)] } },
      axes: [dayAxis(), { label: label("killed", "Killed"), size: 50 }],
      legend: { live: true },
      series,
    }, [xs, ...data.series.map((line) => line.fatalities)], element);
    keepSized(element, chart, height);
    element.dataset.rendered = "true";
  }).catch((error) => { element.textContent = String(error); element.dataset.error = String(error); });
}

function setupRepick() {
  const search = document.getElementById("place-search");
  const go = document.getElementById("place-search-go");
  const list = document.getElementById("place-candidates");
  const mapElement = document.getElementById("pick-map");
  if (!search || !go || !list || !mapElement) return;
  const { map } = baseMap(mapElement);
  const layer = L.layerGroup().addTo(map);
  function choose(place) {
    const set = (name, value) => {
      const input = document.getElementById("edit-" + name);
      if (input) input.value = value == null ? "" : value;
    };
    set("location_name", place.name_ar || place.name_en);
    set("gazetteer_id", place.id);
    set("latitude", place.latitude);
    set("longitude", place.longitude);
    set("admin1", place.admin1);
    set("admin2", place.admin2);
    set("admin3", place.admin3);
    set("geo_precision", place.kind === "admin1" ? 3 : 1);
    set("country", "Syria");
  }
  function lookup() {
    getJSON("/api/v1/gazetteer?name=" + encodeURIComponent(search.value)).then((data) => {
      list.textContent = "";
      layer.clearLayers();
      const points = [];
      data.places.forEach((place) => {
        const item = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.appendChild(text((place.name_ar || "") + " · " + (place.name_en || "") + " · " +
          [place.admin3, place.admin2, place.admin1].filter(Boolean).join(", ") + " (" + place.kind + ")"));
        button.addEventListener("click", () => choose(place));
        item.appendChild(button);
        list.appendChild(item);
        if (place.latitude != null) {
          const marker = L.circleMarker([place.latitude, place.longitude], { radius: 7 })
            .bindTooltip(place.name_en || place.name_ar).on("click", () => choose(place));
          layer.addLayer(marker);
          points.push([place.latitude, place.longitude]);
        }
      });
      if (points.length) map.fitBounds(points, { maxZoom: 10, padding: [20, 20] });
    });
  }
  go.addEventListener("click", lookup);
  search.addEventListener("keydown", (e) => { if (e.key === "Enter") { e.preventDefault(); lookup(); } });
}

// The review queue from the keyboard, on an event's page: a accept, r reject, e correct,
// j/n next unreviewed, k/p previous. Keys typed into a field are the field's.
const QUEUE_KEYS = { a: "#accept", r: "#reject", j: "#queue-next", n: "#queue-next",
  k: "#queue-prev", p: "#queue-prev" };

function setupQueueKeys() {
  if (!document.getElementById("queue")) return;
  document.addEventListener("keydown", (e) => {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    const target = e.target;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(target.tagName))) return;
    const key = e.key.toLowerCase();
    if (key === "e") {
      const field = document.getElementById("edit-fatalities");
      if (field) { e.preventDefault(); field.scrollIntoView({ block: "center" }); field.focus(); field.select(); }
      return;
    }
    const selector = QUEUE_KEYS[key];
    const control = selector && document.querySelector(selector);
    if (control) { e.preventDefault(); control.click(); }
  });
}

// Bulk review on the events list: a box ticks every row.
function setupBulk() {
  const all = document.getElementById("select-all");
  if (!all) return;
  all.addEventListener("change", () => {
    document.querySelectorAll("#events-table input.pick").forEach((box) => { box.checked = all.checked; });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setupQueueKeys();
  setupBulk();
  const map = document.getElementById("map");
  // the charts ask the server after the map's events are drawn, so the map, the first thing
  // an analyst looks at, does not wait behind them
  const drawn = map ? drawEventsMap(map) : Promise.resolve();
  drawn.catch(() => null).then(() => {
    const timeline = document.getElementById("timeline");
    if (timeline) drawTimeline(timeline);
    document.querySelectorAll(".deaths-chart").forEach(drawDeaths);
  });
  setupRepick();
  const hash = window.location.hash;
  if (hash && hash.startsWith("#evidence-")) {
    const target = document.getElementById(hash.slice(1));
    if (target) target.classList.add("focus");
  }
});
