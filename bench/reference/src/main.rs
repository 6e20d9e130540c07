//! The benchmark's reference app: what Leptos 0.8 CSR costs by itself. The same shape as the
//! js-framework-benchmark's keyed Leptos entry (six buttons and a keyed table whose rows hold
//! signal labels; a tiny PRNG stands in for `rand`), plus one number input and one figure with
//! `data-figure`, so bench/run measures first paint, input latency and memory on it exactly as it
//! does on the app.
#[cfg(target_arch = "wasm32")]
mod app {
    use leptos::prelude::*;
    use std::cell::Cell;
    use std::sync::atomic::{AtomicUsize, Ordering};

    static ADJECTIVES: &[&str] = &[
        "pretty",
        "large",
        "big",
        "small",
        "tall",
        "short",
        "long",
        "handsome",
        "plain",
        "quaint",
        "clean",
        "elegant",
        "easy",
        "angry",
        "crazy",
        "helpful",
        "mushy",
        "odd",
        "unsightly",
        "adorable",
        "important",
        "inexpensive",
        "cheap",
        "expensive",
        "fancy",
    ];
    static COLOURS: &[&str] = &[
        "red", "yellow", "blue", "green", "pink", "brown", "purple", "brown", "white", "black",
        "orange",
    ];
    static NOUNS: &[&str] = &[
        "table", "chair", "house", "bbq", "desk", "car", "pony", "cookie", "sandwich", "burger",
        "pizza", "mouse", "keyboard",
    ];

    thread_local! {
        static SEED: Cell<u64> = const { Cell::new(0x9E37_79B9_7F4A_7C15) };
    }

    /// xorshift64*: a stand-in for `rand::thread_rng().choose` (no getrandom needed).
    fn pick(list: &'static [&'static str]) -> &'static str {
        let n = SEED.with(|s| {
            let mut x = s.get();
            x ^= x >> 12;
            x ^= x << 25;
            x ^= x >> 27;
            s.set(x);
            x.wrapping_mul(0x2545_F491_4F6C_DD1D)
        });
        list[(n >> 33) as usize % list.len()]
    }

    #[derive(Clone)]
    struct RowData {
        id: usize,
        label: ArcRwSignal<String>,
    }

    static ID_COUNTER: AtomicUsize = AtomicUsize::new(1);

    fn build_data(count: usize) -> Vec<RowData> {
        let mut data = Vec::with_capacity(count);
        for _ in 0..count {
            let (adjective, colour, noun) = (pick(ADJECTIVES), pick(COLOURS), pick(NOUNS));
            let mut label = String::with_capacity(adjective.len() + colour.len() + noun.len() + 2);
            label.push_str(adjective);
            label.push(' ');
            label.push_str(colour);
            label.push(' ');
            label.push_str(noun);
            data.push(RowData {
                id: ID_COUNTER.fetch_add(1, Ordering::Relaxed),
                label: ArcRwSignal::new(label),
            });
        }
        data
    }

    #[component]
    fn Button(id: &'static str, text: &'static str) -> impl IntoView {
        view! {
            <div class="col-sm-6 smallpad">
                <button id=id class="btn btn-primary btn-block" type="button">{text}</button>
            </div>
        }
    }

    #[component]
    fn App() -> impl IntoView {
        let (data, set_data) = signal(Vec::<RowData>::new());
        let (selected, set_selected) = signal(None::<usize>);
        // The benchmark's hook: one input and the figure it drives (cf. the app's years input).
        let years = RwSignal::new(10u32);

        let remove = move |id: usize| set_data.update(move |data| data.retain(|row| row.id != id));
        let run = move |_| {
            set_data.set(build_data(1000));
            set_selected.set(None);
        };
        let run_lots = move |_| {
            set_data.set(build_data(10000));
            set_selected.set(None);
        };
        let add = move |_| set_data.update(move |data| data.append(&mut build_data(1000)));
        let update = move |_| {
            data.with(|data| {
                for row in data.iter().step_by(10) {
                    row.label.update(|n| n.push_str(" !!!"));
                }
            })
        };
        let clear = move |_| {
            set_data.set(Vec::new());
            set_selected.set(None);
        };
        let swap_rows = move |_| {
            set_data.update(|data| {
                if data.len() > 998 {
                    data.swap(1, 998);
                }
            })
        };
        let is_selected = Selector::new(move || selected.get());

        view! {
            <div class="container">
                <div class="jumbotron">
                    <div class="row">
                        <div class="col-md-6"><h1>"Leptos"</h1></div>
                        <div class="col-md-6">
                            <div class="row">
                                <Button id="run" text="Create 1,000 rows" on:click=run />
                                <Button id="runlots" text="Create 10,000 rows" on:click=run_lots />
                                <Button id="add" text="Append 1,000 rows" on:click=add />
                                <Button id="update" text="Update every 10th row" on:click=update />
                                <Button id="clear" text="Clear" on:click=clear />
                                <Button id="swaprows" text="Swap Rows" on:click=swap_rows />
                            </div>
                        </div>
                    </div>
                    <label for="f-years">"Years"</label>
                    <input
                        id="f-years"
                        type="number"
                        prop:value=move || years.get().to_string()
                        on:input=move |ev| {
                            if let Ok(v) = event_target_value(&ev).parse() {
                                years.set(v);
                            }
                        }
                    />
                    <p>
                        "Total: "
                        <output data-figure="annual_total">
                            {move || {
                                let cents = 3_960_000u64 + u64::from(years.get()) * 14_400;
                                format!("{}.{:02}", cents / 100, cents % 100)
                            }}
                        </output>
                    </p>
                </div>
                <table class="table table-hover table-striped test-data">
                    <tbody>
                        <For
                            each=move || data.get()
                            key=|row| row.id
                            children=move |row: RowData| {
                                let row_id = row.id;
                                let label = row.label;
                                let is_selected = is_selected.clone();
                                view! {
                                    <tr class:danger=move || is_selected.selected(&Some(row_id))>
                                        <td class="col-md-1">{row_id.to_string()}</td>
                                        <td class="col-md-4">
                                            <a on:click=move |_| set_selected.set(Some(row_id))>
                                                {move || label.get()}
                                            </a>
                                        </td>
                                        <td class="col-md-1">
                                            <a on:click=move |_| remove(row_id)>
                                                <span class="glyphicon glyphicon-remove" aria-hidden="true"></span>
                                            </a>
                                        </td>
                                        <td class="col-md-6"></td>
                                    </tr>
                                }
                            }
                        />
                    </tbody>
                </table>
                <span class="preloadicon glyphicon glyphicon-remove" aria-hidden="true"></span>
            </div>
        }
    }

    pub fn start() {
        mount_to_body(App);
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("bench/reference is a browser app: bench/run --reference builds it with Trunk.");
}
