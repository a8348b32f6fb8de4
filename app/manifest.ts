import type { MetadataRoute } from "next";

/** The web app manifest (served at /manifest.webmanifest): name, colours and the icons in public/. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Dingcast",
    short_name: "Dingcast",
    description: "Admin console for DingTalk enterprise bots: compose, send, track reads.",
    start_url: "/",
    display: "standalone",
    background_color: "#f7f8fa",
    theme_color: "#155bc8",
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      { src: "/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
