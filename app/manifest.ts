import type { MetadataRoute } from "next";

// The web app manifest (/manifest.webmanifest): lets a phone add Voronka to its home screen.
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "Voronka",
    short_name: "Voronka",
    description: "Sales pipeline CRM: lead people, not rows.",
    start_url: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#2f57d9",
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
      { src: "/apple-icon.png", sizes: "180x180", type: "image/png" },
    ],
  };
}
