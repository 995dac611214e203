// rasd dashboard: the map (Leaflet, offline: OCHA boundaries instead of tiles), the
// timeline, and re-picking an event's place from gazetteer candidates. No inline scripts:
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
  map.attributionControl.addAttribution("Boundaries: OCHA");
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
    const place = text(event.location_name + " · " + killed);
    place.dir = "auto";
    popup.appendChild(place);
    return popup;
  });
  return marker;
}

// What each colour means, in a corner of the map.
function addLegend(map) {
  const legend = L.control({ position: "bottomright" });
  legend.onAdd = () => {
    const box = L.DomUtil.create("div", "legend");
    box.id = "map-legend";
    Object.entries(TYPE_COLOURS).forEach(([type, colour]) => {
      const row = L.DomUtil.create("div", "legend-row", box);
      const swatch = L.DomUtil.create("span", "swatch", row);
      swatch.style.background = colour;
      row.appendChild(text(type));
    });
    return box;
  };
  legend.addTo(map);
}

// A filter beyond sorting and paging narrows the events: the map then zooms to them.
function isFiltered(query) {
  const params = new URLSearchParams(query);
  return [...params.keys()].some((key) => !["page", "sort"].includes(key) && params.get(key));
}

function drawEventsMap(element) {
  const { map, ready } = baseMap(element);
  addLegend(map);
  map.on("zoomend", () => { element.dataset.zoom = String(map.getZoom()); });
  const query = element.dataset.query || "";
  const clusters = L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 });
  let bounds = null;
  getJSON("/api/v1/map/points?" + query).then((data) => {
    const markers = data.points.map((row) => {
      const event = {};
      data.columns.forEach((name, i) => { event[name] = row[i]; });
      return eventMarker(event);
    });
    clusters.addLayers(markers);  // in bulk: much faster than one by one
    const drawn = markers.length;
    if (drawn && isFiltered(query)) bounds = L.latLngBounds(data.points.map((row) => [row[1], row[2]]));
    map.addLayer(clusters);
    element.dataset.markers = String(drawn);
    return ready;
  }).then(() => {
    if (bounds && bounds.isValid()) {  // after the outlines' own fit, so this one wins
      map.fitBounds(bounds, { maxZoom: 10, padding: [20, 20] });
      element.dataset.zoomed = "true";
    }
    element.dataset.zoom = String(map.getZoom());
    element.dataset.rendered = "true";
    if (window.performance && performance.mark) performance.mark("rasd-map-rendered");
  }).catch((error) => {
    element.dataset.error = String(error);
  });
}

function drawTimeline(element) {
  const query = element.dataset.query || "";
  getJSON("/api/v1/timeline?" + query).then((data) => {
    const days = data.days;
    element.textContent = "";
    if (!days.length) return;
    const width = Math.max(300, element.clientWidth || 300), height = 120;
    const max = Math.max(...days.map((d) => d.events));
    const first = new Date(days[0].date), last = new Date(days[days.length - 1].date);
    const span = Math.max(1, (last - first) / 86400000 + 1);
    const barWidth = Math.max(1, width / span - 1);
    const svgNS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("viewBox", "0 0 " + width + " " + (height + 16));
    svg.setAttribute("role", "img");
    for (const day of days) {
      const x = ((new Date(day.date) - first) / 86400000) * (width / span);
      const h = Math.max(2, (day.events / max) * height);
      const bar = document.createElementNS(svgNS, "rect");
      bar.setAttribute("x", x.toFixed(1));
      bar.setAttribute("y", (height - h).toFixed(1));
      bar.setAttribute("width", barWidth.toFixed(1));
      bar.setAttribute("height", h.toFixed(1));
      bar.setAttribute("class", "bar");
      const title = document.createElementNS(svgNS, "title");
      title.textContent = day.date + ": " + day.events + " events, " + day.fatalities + " killed";
      bar.appendChild(title);
      svg.appendChild(bar);
    }
    for (const [label, x, anchor] of [[days[0].date, 0, "start"], [days[days.length - 1].date, width, "end"]]) {
      const t = document.createElementNS(svgNS, "text");
      t.setAttribute("x", String(x));
      t.setAttribute("y", String(height + 13));
      t.setAttribute("text-anchor", anchor);
      t.setAttribute("class", "axis");
      t.textContent = label;
      svg.appendChild(t);
    }
    element.appendChild(svg);
  }).catch((error) => { element.textContent = String(error); });
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
  if (map) drawEventsMap(map);
  const timeline = document.getElementById("timeline");
  if (timeline) drawTimeline(timeline);
  setupRepick();
  const hash = window.location.hash;
  if (hash && hash.startsWith("#evidence-")) {
    const target = document.getElementById(hash.slice(1));
    if (target) target.classList.add("focus");
  }
});
