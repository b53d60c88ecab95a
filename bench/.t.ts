import { prepareDatabase } from "./database";
const d = prepareDatabase("sqlite", Number(process.argv[2])); console.log(d.url);
