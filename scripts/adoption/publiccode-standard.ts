// The rules of the publiccode.yml standard (version 0, as published in release 0.7 of
// github.com/publiccodeyml/publiccode.yml: docs/standard/schema.core.rst, categories-list.rst and
// scope-list.rst) that a test can check. No validator of it runs in Node (the reference one,
// publiccode-parser-go, is Go), so the rules are written out here, each as the standard says it.

/** Top-level keys the standard defines (deprecated ones included: a parser still reads them). */
export const topLevelKeys = [
  'publiccodeYmlVersion', 'name', 'applicationSuite', 'url', 'landingURL', 'isBasedOn', 'softwareVersion', 'releaseDate',
  'logo', 'monochromeLogo', 'inputTypes', 'outputTypes', 'platforms', 'categories', 'usedBy', 'fundedBy', 'roadmap',
  'developmentStatus', 'softwareType', 'supports', 'organisation', 'intendedAudience', 'description', 'legal',
  'maintenance', 'localisation', 'dependsOn', 'it',
];

export const requiredKeys = [
  'publiccodeYmlVersion', 'name', 'url', 'platforms', 'developmentStatus', 'softwareType', 'description', 'legal',
  'maintenance', 'localisation',
];

/** Predefined platforms ("human readable values outside this list are allowed"; we keep to it). */
export const platforms = ['web', 'windows', 'mac', 'linux', 'ios', 'android'];
export const developmentStatuses = ['concept', 'development', 'beta', 'stable', 'obsolete'];
export const softwareTypes = [
  'standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other',
  'addon', 'library', 'configurationFiles',
];
export const maintenanceTypes = ['internal', 'contract', 'community', 'none'];

/** Keys of `description/[lang]`. */
export const descriptionKeys = [
  'localisedName', 'genericName', 'shortDescription', 'longDescription', 'documentation', 'apiDocumentation', 'features',
  'screenshots', 'videos', 'awards',
];
export const shortDescriptionMax = 150;
export const longDescriptionLength = { min: 150, max: 10_000 };

/** Keys of a `dependsOn` entry. */
export const dependencyKeys = ['name', 'versionMin', 'versionMax', 'version', 'optional'];

/** "YYYY-MM-DD": the only date format the standard allows. */
export const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/** A BCP 47 tag with its primary language subtag (the standard's rule), e.g. `nl`, `en-GB`, `sl-IT-nedis`. */
export const languageTagPattern = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export const categories = `accounting agile-project-management applicant-tracking application-development
appointment-scheduling backup billing-and-invoicing blog budgeting business-intelligence business-process-management
cad call-center-management cloud-management collaboration communications compliance-management contact-management
content-management crm customer-service-and-support data-analytics data-collection data-visualization design
design-system digital-asset-management digital-citizenship document-management donor-management e-commerce
e-signature educational-content email-management email-marketing employee-management enterprise-project-management
enterprise-social-networking erp event-management facility-management feedback-and-reviews-management
financial-reporting fleet-management fundraising gamification geographic-information-systems grant-management
graphic-design help-desk hr ide identity-management instant-messaging integrated-library-system inventory-management
it-asset-management it-development it-management it-security it-service-management knowledge-management
learning-management-system marketing mind-mapping mobile-marketing mobile-payment network-management office
online-booking online-community payment-gateway payroll predictive-analysis procurement productivity-suite
project-collaboration project-management property-management real-estate-management regulations-and-directives
remote-support resource-management sales-management seo service-desk social-media-management survey
talent-management task-management taxes-management test-management time-management time-tracking translation
video-conferencing video-editing visitor-management voip warehouse-management web-collaboration web-conferencing
website-builder whistleblowing workflow-management other`.split(/\s+/);

export const scopes = `agriculture culture defence education emergency-services employment energy environment
finance-and-economic-development foreign-affairs government healthcare infrastructures justice local-authorities
manufacturing research science-and-technology security society sport tourism transportation welfare`.split(/\s+/);
