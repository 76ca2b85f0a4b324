import { StandardsPageView, standardsMetadata } from '../_components/standards-page';

export const generateMetadata = () => standardsMetadata('standards');

export default function EditorialStandardsPage() {
  return <StandardsPageView slug="standards" />;
}
