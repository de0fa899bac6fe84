/** The link checks live with the shared link policy, so the settings form and the PDF agree. */
export { clinicWebsiteHref } from '../../shared/links/clinic-website'
export { clinicEmailHref } from '../../shared/links/clinic-email'
