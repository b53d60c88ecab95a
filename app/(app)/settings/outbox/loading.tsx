// Beside each section, not above them all: a loading boundary above settings/automations/[id]
// would start its response with 200 before notFound() could answer 404.
export { SettingsSkeleton as default } from "@/components/settings/SettingsSkeleton";
