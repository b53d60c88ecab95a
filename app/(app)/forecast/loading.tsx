// The same skeleton as the analytics pages: a wide chart card, then two half-width ones.
export { default } from "../analytics/loading";
