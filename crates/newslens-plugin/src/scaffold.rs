pub fn new_plugin() {}
pub enum SdkSource {}
