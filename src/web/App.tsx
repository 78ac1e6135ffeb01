import { Navigate, Route, Routes } from 'react-router';
import { CalendarPage } from './features/calendar/CalendarPage';
import { RegionPage } from './features/regions/RegionPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { Layout } from './shell/Layout';
import { NotFoundPage } from './shell/NotFoundPage';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<Navigate to="/regions" replace />} />
        <Route path="regions" element={<RegionsPage />} />
        <Route path="regions/:code" element={<RegionPage />} />
        <Route path="calendar" element={<CalendarPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
