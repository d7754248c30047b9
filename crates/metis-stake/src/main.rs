fn main() {
    println!("metis-stake");
}
