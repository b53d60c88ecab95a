// The same "nothing here" card as the analytics pages (an unknown pipeline or filter).
export { default } from "../analytics/not-found";
