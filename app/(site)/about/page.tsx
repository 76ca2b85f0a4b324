import { StandardsPageView, standardsMetadata } from '../_components/standards-page';

export const generateMetadata = () => standardsMetadata('about');

export default function AboutPage() {
  return <StandardsPageView slug="about" />;
}
