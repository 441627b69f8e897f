import { PersonalData } from '@/features/personal-data/components/personal-data';

export function PersonalDataRoute() {
  return <PersonalData />;
}
