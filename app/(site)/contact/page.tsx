import { StandardsPageView, standardsMetadata } from '../_components/standards-page';

export const generateMetadata = () => standardsMetadata('contact');

export default function ContactPage() {
  return <StandardsPageView slug="contact" />;
}
