// app-routes.e2e.test.ts reads the router's route table; its views are imported lazily and
// never loaded there, so the test project only needs to know a .vue file is a component.
declare module '*.vue' {
  import type { DefineComponent } from 'vue'
  const component: DefineComponent
  export default component
}
