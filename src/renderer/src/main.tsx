import '@mantine/core/styles.css'
import '@mantine/notifications/styles.css'
import '@mantine/spotlight/styles.css'
import './app/app.css'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { MantineProvider, localStorageColorSchemeManager } from '@mantine/core'
import { Notifications } from '@mantine/notifications'
import { ModalsProvider } from '@mantine/modals'
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { HashRouter } from 'react-router'
import './i18n'
import { App } from './app/App'
import { installNavigationGuard } from './app/navigationGuard'
import { AppSessionProvider } from './app/session'
import { cssVariablesResolver, theme } from './app/theme'

installNavigationGuard()

// Records are refetched when a page opens and dropped on lock; nothing is cached to disk.
const queryClient = new QueryClient({
  defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false, staleTime: 0 } }
})

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <HashRouter>
        <MantineProvider
          theme={theme}
          cssVariablesResolver={cssVariablesResolver}
          defaultColorScheme="light"
          colorSchemeManager={localStorageColorSchemeManager({ key: 'xinan.color-scheme' })}
        >
          <ModalsProvider>
            <Notifications position="top-right" />
            <AppSessionProvider>
              <App />
            </AppSessionProvider>
          </ModalsProvider>
        </MantineProvider>
      </HashRouter>
    </QueryClientProvider>
  </StrictMode>
)
