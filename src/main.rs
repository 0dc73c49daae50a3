fn main() {
    #[cfg(target_arch = "wasm32")]
    wenselijk::ui::start();
}
