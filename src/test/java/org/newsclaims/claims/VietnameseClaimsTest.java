package org.newsclaims.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.newsclaims.TestStages.STAGES;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsclaims.ingest.Article;
import org.newsclaims.ingest.Language;
import org.newsclaims.ingest.Span;

/** Subjects, metrics and attribution of Vietnamese claims, on sentences of Vietnamese news. */
class VietnameseClaimsTest {

    private static final ClaimExtractor EXTRACTOR = STAGES.claims();

    private static List<Claim> extract(String text) {
        Article a = new Article("doc1", null, "text/plain", "UTF-8", text, List.of(new Span(0, text.length())), null,
                LocalDate.of(2017, 6, 1), Language.VI);
        return EXTRACTOR.extract(a);
    }

    private static Claim claim(List<Claim> claims, String mention) {
        return claims.stream().filter(c -> c.amount().text().equals(mention)).findFirst()
                .orElseThrow(() -> new AssertionError(mention + " not found in " + claims));
    }

    @Test
    void closingCreditNamesTheOutletAfterTheByline() {
        List<Claim> cs = extract("Quỹ đầu tư Qatar sở hữu những gì\n"
                + "QIA là cổ đông lớn của hãng xe Volkswagen với 9 tỷ USD. Quỹ này còn nắm 13% hãng trang sức Tiffany "
                + "trị giá 1,4 tỷ USD, 9% Glencore và 21% Siemens. Theo Hà Thu/VnExpress");
        Claim c = claim(cs, "9 tỷ USD");
        assertEquals("VnExpress", c.attribution().source());
        assertEquals("media", c.attribution().sourceType());
        assertEquals("inherited", c.attribution().scope());
        assertEquals("VnExpress", claim(cs, "1,4 tỷ USD").attribution().source());
    }

    @Test
    void aBareBylineIsNoSourceAndTheHeadlineGetsNoCredit() {
        List<Claim> cs = extract("QIA nắm 9 tỷ USD cổ phần Volkswagen\n"
                + "QIA là cổ đông lớn của hãng xe Volkswagen với 9 tỷ USD. Theo Phương Dung");
        for (Claim c : cs) {
            assertNull(c.attribution().source(), c.toString());
        }
        List<Claim> credited = extract("QIA nắm 9 tỷ USD cổ phần Volkswagen\n"
                + "QIA là cổ đông lớn của hãng xe Volkswagen với 9 tỷ USD. (Theo Dân trí)");
        assertNull(credited.get(0).attribution().source());
        assertEquals("Dân trí", credited.get(1).attribution().source());
    }

    @Test
    void postedGoldPriceIsAPriceOfTheProductNotAnAttribution() {
        Claim c = claim(extract("Công ty vàng bạc đá quý Sài Gòn niêm yết vàng SJC ở mức: 36,82 triệu đồng/lượng (mua vào) "
                + "và 36,95 triệu đồng/lượng (bán ra)."), "36,82 triệu đồng");
        assertEquals(Metric.PRICE, c.metric());
        assertEquals("vàng SJC", c.subject());
        assertNull(c.attribution().source());
    }

    @Test
    void theProductAfterGiaIsTheSubjectOfAPriceNotThePlace() {
        Claim c = claim(extract("Tại công ty vàng bạc đá quý Sài Gòn SJC, giá vàng SJC Hà Nội giao dịch ở mức: "
                + "Mua vào 36,55 triệu đồng/lượng, bán ra 37,37 triệu đồng/lượng."), "36,55 triệu đồng");
        assertEquals(Metric.PRICE, c.metric());
        assertEquals("vàng SJC Hà Nội", c.subject());
    }

    @Test
    void anIssuerPublishingARateIsTheSource() {
        Claim c = claim(extract("Ngân hàng Nhà nước Việt Nam (NHNN) vừa công bố tỷ giá trung tâm của đồng Việt Nam với USD, "
                + "áp dụng cho ngày hôm nay (19/5/2017) ở 22.377 đồng, tăng mạnh 9 đồng so với phiên trước đó."), "22.377 đồng");
        assertEquals("Ngân hàng Nhà nước Việt Nam", c.attribution().source());
        assertEquals(Metric.PRICE, c.metric());
    }

    @Test
    void organisationNamesInSentenceCaseAreTakenWhole() {
        Claim c = claim(extract("Tuy nhiên, Bộ Kế hoạch và Đầu tư chỉ bố trí cho thành phố 11.517 tỷ đồng."), "11.517 tỷ đồng");
        assertEquals("Bộ Kế hoạch và Đầu tư", c.subject());
        Claim titled = claim(extract("Thanh tra Chính phủ đã kiến nghị Thủ tướng Chính phủ chỉ đạo các bộ ngành hữu quan "
                + "xử lý về kinh tế 54 tỉ đồng."), "54 tỉ đồng");
        assertNotEquals("Thanh", titled.subject());
        assertNotEquals("Thủ", titled.subject());
    }

    @Test
    void theNounPhraseOpeningTheClauseIsTheSubject() {
        assertEquals("khối ngoại", claim(extract("Đặc biệt tuần giao dịch vừa qua, khối ngoại tiếp tục mua ròng hơn 800 tỷ đồng."),
                "800 tỷ đồng").subject());
        assertEquals("người chơi may mắn", claim(extract("Sau khi thực hiện nghĩa vụ thuế 10%, người chơi may mắn sẽ nhận về "
                + "khoảng 28 tỷ đồng."), "28 tỷ đồng").subject());
        assertEquals("chủ đầu tư", claim(extract("“BQT đã qua ba nhiệm kỳ nhưng chủ đầu tư vẫn mới chỉ chuyển 450 triệu đồng "
                + "phí bảo trì dù chúng tôi đã nhiều lần yêu cầu."), "450 triệu đồng").subject());
    }

    @Test
    void aPersonSourceLosesTheHonorific() {
        Claim c = claim(extract("Ông Chung cho biết, qua báo cáo sơ bộ của Sở Tài chính Hà Nội thì việc nuôi bộ máy truyền thanh "
                + "cấp phường rất tốn, một phường có thể phải chi mấy trăm triệu đồng mỗi năm."), "mấy trăm triệu đồng");
        assertEquals("Chung", c.attribution().source());
        assertEquals("person", c.attribution().sourceType());
    }

    @Test
    void resultsAndCreditWordsGiveTheirMetrics() {
        assertEquals(Metric.PROFIT, claim(extract("Khoản thanh lý tài sản 43 tỷ đồng đã giúp HAG thoát lỗ trong quý I và ghi nhận mức lãi "
                + "ròng công ty mẹ đạt gần 6 tỷ đồng."), "6 tỷ đồng").metric());
        assertEquals(Metric.DEBT, claim(extract("Đào Minh Tú, Phó Thống đốc Ngân hàng Nhà nước Việt Nam: “Báo chí đặt câu hỏi về gói tín "
                + "dụng 100 ngàn tỷ đồng cho doanh nghiệp nông nghiệp.”"), "100 ngàn tỷ đồng").metric());
        assertEquals(Metric.PRICE, claim(extract("Cổ phiếu PVD lại rơi tiếp về 13.000 đồng/cổ phiếu vào cuối phiên sáng."),
                "13.000 đồng").metric());
    }

    @Test
    void aBracketedAmountIsAboutWhatItFollows() {
        List<Claim> cs = extract("Trên thực tế, lợi nhuận năm 2016 của Apple là 45 tỉ USD, vượt xa các công ty khác, bao gồm "
                + "Berkshire Hathaway (24 tỉ USD), JP Morgan (24 tỉ USD), Wells Fargo (22 tỉ USD), Alphabet (19 tỉ USD).");
        assertEquals("Apple", claim(cs, "45 tỉ USD").subject());
        assertEquals("Berkshire Hathaway", cs.get(1).subject());
        assertEquals("Wells Fargo", claim(cs, "22 tỉ USD").subject());
        List<Claim> goods = extract("Vì thế, sau ngành công nghiệp ô tô, nhiều ngành thế mạnh khác của Đức cũng sẽ bị ảnh hưởng nặng nề "
                + "nếu ông Donald Trump thực thi chính sách bảo hộ: công nghiệp chế tạo máy (xuất khẩu 21 tỷ euro/năm vào Mỹ), "
                + "dược phẩm (12 tỷ euro) hay điện tử (9 tỷ euro).");
        assertEquals("dược phẩm", claim(goods, "12 tỷ euro").subject());
        assertEquals("điện tử", claim(goods, "9 tỷ euro").subject());
    }

    @Test
    void listedGoodsTheCountryAndTheFinedParty() {
        assertEquals("điện thoại và linh kiện", claim(extract("Trong đó, dẫn đầu là điện thoại và linh kiện đạt gần 2,33 tỷ USD."),
                "2,33 tỷ USD").subject());
        assertEquals("cả nước", claim(extract("27,53 tỷ USD là tổng giá trị kim ngạch xuất nhập khẩu cả nước trong tháng 1/2017."),
                "27,53 tỷ USD").subject());
        assertEquals("Vinastas", claim(extract("Bộ Công Thương cho biết đã xử phạt vi phạm hành chính 15 triệu đồng với Vinastas do phát hành "
                + "tài liệu không chính xác."), "15 triệu đồng").subject());
    }

    @Test
    void aCreditRunIntoTheNextSentenceEndsBeforeIt() {
        Claim c = claim(extract("(Nguồn: Reuters) Một báo cáo của Bộ Kinh tế Đức cho biết năm 2016, xuất khẩu vũ khí của Đức sang Algeria "
                + "đạt hơn 887,6 triệu euro."), "887,6 triệu euro");
        assertEquals("Một báo cáo của Bộ Kinh tế Đức", c.attribution().source());
    }

    @Test
    void aHeadlineAmountTakesTheArticlesCurrency() {
        List<Claim> cs = extract("Doanh nghiệp nợ đọng gần 10 ngàn tỷ\nĐến 31/12/2015, tổng số tiền nợ đọng là hơn 9,9 ngàn tỷ đồng, "
                + "chủ yếu là nợ đọng bảo hiểm xã hội bắt buộc với hơn 7.000 tỷ đồng.\nHàng trăm triệu người lao động bị ảnh hưởng.");
        Claim headline = claim(cs, "10 ngàn tỷ");
        assertEquals("VND", headline.amount().currency());
        assertEquals(0, new java.math.BigDecimal("1e13").compareTo(headline.amount().value()));
        assertEquals(3, cs.size(), "a count outside the headline stays no amount: " + cs);
    }

    @Test
    void aTradingMeasureIsAboutTheIndexQuotedJustBefore() {
        Claim c = claim(extract("Chỉ có SHS (+1,52%) và VND (+1,87%) là vẫn tăng khá tốt, tạm dừng phiên sáng, chỉ số VN-Index giảm 0,53 "
                + "điểm xuống 766,88 điểm. Thanh khoản đạt 131,96 triệu cổ phiếu, tương đương 2.621 tỷ đồng."), "2.621 tỷ đồng");
        assertEquals("VN-Index", c.subject());
    }

    @Test
    void aTradersPriceIsAboutWhatIsTraded() {
        Claim inSentence = claim(extract("Ngoài căn hộ 100 triệu đồng, khách hàng có thể mua căn hộ tầng trệt cùng diện tích nhưng giá bán "
                + "khoảng 400-500 triệu đồng."), "400-500 triệu đồng");
        assertEquals("căn hộ tầng trệt", inSentence.subject().substring(0, "căn hộ tầng trệt".length()));
        Claim before = claim(extract("Chỉ cần gõ dòng chữ \"mua yến huyết\" trên mạng sẽ có hàng triệu kết quả. Giá bán được các đầu mối "
                + "đưa ra cũng có sự chênh lệch rất lớn. Nhiều nơi báo giá 25-27 triệu đồng mỗi hộp loại 100 g."), "25-27 triệu đồng");
        assertEquals("yến huyết", before.subject());
        Claim quoted = claim(extract("Liên hệ với đầu mối cung cấp \"yến huyết đảo đặc biệt\" với mức giá 11,5 triệu đồng/hộp 100 g."),
                "11,5 triệu đồng");
        assertEquals("yến huyết đảo đặc biệt", quoted.subject());
    }
}
