/** The website check lives with the shared link policy, so the settings form and the PDF agree. */
export { clinicWebsiteHref } from '../../shared/links/clinic-website'
