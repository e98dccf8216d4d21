"""Trường Mầm non Hoa Sen (thị trấn Phong Điền, TP Cần Thơ): CMSimple_XH 1.7 with Realblog_XH.

Platform
    CMSimple_XH 1.7, the flat-file PHP CMS: every CMS page is addressed by its heading in the
    query string (``/?Gioi-thieu``, sub page ``/?Gioi-thieu/Doi-ngu``), core functions by a flag
    after an empty page name (``/?&sitemap``, ``/?&mailform``, ``/?&login``) and any page's print
    view by appending ``&print``. News come from the Realblog_XH plugin called on the CMS page
    "Tin tức" (and, filtered to the category "thong-bao", on its sub page "Thông báo"). The
    template was made by a teacher: a three-column layout table, Vietnamese ids (``hs_cotgiua``,
    ``khung_trai``), the CMS's own ``menulevel1/2`` menu lists, newsboxes in the side columns.

URL scheme
    ``/``                                      the first CMS page ("Trang chủ"; also ``/?Trang-chu``)
    ``/?Tin-tuc``                              Realblog overview, 3 teasers a page, newest first
    ``/?Tin-tuc&realblog_page=N``              overview page N (N = 2, 3; "1" links ``/?Tin-tuc``)
    ``/?Tin-tuc&realblog_id=ID``               an article
    ``/?Tin-tuc&realblog_id=ID&realblog_page=N`` the same article as linked from overview page N
    ``/?Tin-tuc&realblog_year=2026``           archive view (archived articles by month)
    ``/?Tin-tuc&realblog_id=ID&realblog_year=2026`` an archived article as the archive links it
    ``/?Tin-tuc/Thong-bao`` (+ ``&realblog_id=ID``) the notices overview and its articles
    ``…&print``                                print view of any of the above (CMS print template)
    ``/?Gioi-thieu``, ``/?Gioi-thieu/Doi-ngu``, ``/?Gioi-thieu/Co-so-vat-chat``, ``/?Thuc-don``,
    ``/?Thu-vien-anh``, ``/?Lien-he``          plain CMS pages (not articles)
    ``/?&sitemap``, ``/?&mailform``, ``/?&login``, ``/?function=search&search=…`` core pages
    ``/userfiles/images/…``, ``/userfiles/downloads/…``, ``/templates/hoasen/…`` files

Page templates
    Every HTML page: header (school name, today "Thứ Bảy, 05/12/2026"), horizontal menu with
    drop-downs (``ul.menulevel1`` > ``ul.menulevel2``), locator (breadcrumb) "Bạn đang ở: …",
    left column (sub menu, "Tin mới" = Realblog's latest-4 link list, "Thực đơn hôm nay"
    newsbox), right column (notice marquee, poll results, links, visitor counter), footer
    (address, phone, e-mail, "Cập nhật lần cuối: 05.12.2026, 07:42", copyright, login link).
    Article view (Realblog): page heading ``<h1>Tin tức</h1>`` (the CMS page), then
    ``div.realblog_article`` with back link, the headline in ``<h4>``, date line "dd.mm.yyyy",
    "Chuyên mục" line, optional bold teaser box, the story, the tool bar (print, share),
    "Các tin khác" (same overview, other articles) and Twocents comments.

How each gold article is reached
    - news 41, 40, 38: overview page 1 (``/?Tin-tuc``) and the "Tin mới" sidebar (clean URL);
    - news 39: overview page 2 (``&realblog_page=2`` form) and the "Tin mới" sidebar (clean);
    - news 36, 35: only from overview page 2 (``&realblog_page=2`` form);
    - news 33, 31: only from overview page 3 (``&realblog_page=3`` form);
    - archived 27, 25: only from the archive view ``/?Tin-tuc&realblog_year=2026`` (link
      "Xem tin cũ (lưu trữ)" under the overview), in the ``&realblog_year=2026`` form;
    - notices 42, 37, 34: ``/?Tin-tuc/Thong-bao`` (menu "Tin tức" > "Thông báo", home page box).
    "Các tin khác" under an article repeats clean links of the three newest items of its own
    overview only (no new discovery).

Traps
    1. Query-string page names: every page is ``/`` plus a query whose first member has no
       "=" (``?Tin-tuc``, ``?Gioi-thieu/Doi-ngu``, ``?&sitemap``); hrefs print ``&amp;``. A crawler
       that drops or sorts the query, or treats ``?Gioi-thieu`` as the home page, loses the site.
       Gold: paths keep the query exactly as linked.
    2. One article, many URLs: clean, ``&realblog_page=N`` (overview page N), ``&realblog_year=2026``
       (archive) and each of them ``&print``. Gold: path = the form the site links (the clean
       one where it is linked at all), every other form in ``alt_paths``.
    3. Discovery behind pagination and the archive: five news are linked only from overview
       pages 2–3 and two archived ones only from the ``realblog_year`` archive view, which is a
       plain text link under the pager; the sitemap lists only CMS pages, never Realblog articles.
    4. Headline is the ``<h4>``: the page's ``<h1>`` and ``<title>`` print the CMS page ("Tin tức",
       "Thông báo"), never the article. Gold title = the ``<h4>``.
    5. Dates: Realblog prints "04.12.2026" (German-style d.m.Y, no time); the footer prints
       "Cập nhật lần cuối: 05.12.2026, 07:42" on every page, the header today's date, and story 38
       mentions an event "lúc 14 giờ ngày 26/11/2026" in its text. Gold: the Realblog day alone
       ("2026-12-04"); for the official notice 42 the letterhead's day (30/11, not Realblog's
       01.12).
    6. Bylines typed by teachers at the end of the story: "Người viết: Cô Nguyễn Thị Thu Hà (GV
       lớp Chồi 2)" -> Nguyễn Thị Thu Hà; "ThS. Huỳnh Ngọc Bích - Phó Hiệu trưởng" -> Huỳnh Ngọc
       Bích; "Tin, ảnh: X" -> X both; "Tin: X - Ảnh: Y"; a unit alone right-aligned ("Tổ Văn
       phòng", "Tổ chuyên môn khối Mầm") is the author; "BBT" and Realblog's "Đăng bởi:
       hoasen_admin" are nobody; "Nguồn: Báo Cần Thơ" is the source.
    7. Captions three ways: TinyMCE ``<img><br><em>caption</em>`` inside one centred ``<p>``; a
       two-row table (photo row, caption row); a separate small italic ``<p>`` after the photo.
       "(Ảnh: Phạm Văn Tài)" credits only -> caption None. Overview thumbnails
       (``/userfiles/images/thumb/…``) are not article images.
    8. Chrome that reads like content: the "Thực đơn hôm nay" newsbox (dish lines) and the notice
       marquee on every page, the overview's truncated teasers ("…" + "Đọc tiếp »"), "Các tin
       khác", the Twocents comments (parents' paragraphs) under articles. None is body.
    9. Text encodings: story 35 was pasted from a Mac (NFD decomposed letters), story 38 from Word
       (``mso-list:Ignore`` Symbol bullets "·" with ``&nbsp;`` runs), story 25 splits lines with
       ``<br />`` and ends with a "Xem thêm:" link line. Gold: NFC text, Word markers dropped,
       each ``<br>`` line its own paragraph, "Xem thêm" not body.
   10. Official notice (42) printed as a document: letterhead table, "Số: …", place and date,
       "THÔNG BÁO / Về việc …", "Nơi nhận", signer; plus a download line for a PDF. Gold: only the
       numbered items are body; date = letterhead day; author = the signer's name.
   11. Emoji: story 36's title ends with "🚦" (kept), its steps start with "👉" drawn as bullets
       (not text).

Gold decisions on ambiguous points
    - Category = the CMS page the article is served under as menu/locator print it: "Tin tức"
      for the news and the archived news, "Thông báo" for the notices (the "Chuyên mục:" line says
      the same).
    - The bold teaser box Realblog prints above some stories is the sapo (summary) and the
      body's first paragraph. Stories without the box have summary null, even though the
      overview shows a truncated teaser.
    - canonical_path = path: neither the CMS nor the template prints ``rel=canonical``.
    - The archive view, the overviews, the sitemap, search, mail form and login are listings or
      core pages, neither articles nor NON_ARTICLES. The album page "Thư viện ảnh" and the menu
      page "Thực đơn" are NON_ARTICLES.
    - "Cô" / "Thầy" before a teacher's name is a title like "ThS.": dropped.
"""

from __future__ import annotations

from urllib.parse import unquote_plus

from crawler.demo.server import Request, Response, html
from tests.portals._common import PDF, Img, P, Raw, Story, esc, gold_record, static_file, text

NAME = "cmsimple_mamnon"
PLATFORM = "CMSimple_XH 1.7 + Realblog_XH"
START_PATH = "/"

HEADER_TODAY = "Thứ Bảy, 05/12/2026"
SCHOOL = "Trường Mầm non Hoa Sen"
IMG = "./userfiles/images/tintuc/2026/"
PER_PAGE = 3

# --- the stories ---------------------------------------------------------------------------


def _right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


NEWS: list[Story] = [
    Story(
        41,
        "the-thao-mua-dong",
        "Bé vui Ngày hội thể thao mùa đông 2026",
        "Tin tức",
        "2026-12-04",
        [
            P("Sáng ngày 03/12/2026, sân trường Mầm non Hoa Sen rộn ràng tiếng cười của gần 300 "
              "bé các khối Nhà trẻ, Mầm, Chồi, Lá trong Ngày hội thể thao mùa đông."),
            Img(IMG + "the-thao-1.jpg", "Các bé khối Lá diễu hành mở màn ngày hội",
                "Các bé khối Lá diễu hành mở màn ngày hội", style="brcap"),
            P("Ngày hội gồm các trò chơi vận động: bật xa, ném bóng vào rổ, chạy tiếp sức, kéo co "
              "giữa các lớp, được các cô thiết kế phù hợp với từng độ tuổi."),
            P("Phụ huynh các lớp cũng tham gia cổ vũ và cùng con thi đấu nội dung “Bố mẹ và bé "
              "cùng về đích”."),
            Img(IMG + "the-thao-2.jpg", "Phần thi kéo co của lớp Chồi 1 và Chồi 3",
                "Phần thi kéo co của lớp Chồi 1 và Chồi 3", style="brcap"),
            P("Kết thúc ngày hội, Ban giám hiệu trao giấy khen và quà cho tất cả các bé tham gia."),
            _right("Tin, ảnh: Trần Minh Khoa"),
        ],
        authors=["Trần Minh Khoa"],
        photographers=["Trần Minh Khoa"],
        summary="Ngày hội thể thao giúp các bé rèn luyện sức khỏe, tinh thần đồng đội và mang "
        "lại những giờ phút vui chơi bổ ích trong tiết trời se lạnh cuối năm.",
        sapo_outside=True,
        opts={"thumb": "the-thao.jpg"},
    ),
    Story(
        40,
        "be-kheo-tay",
        "Hội thi “Bé khéo tay” khối Chồi năm học 2026 - 2027",
        "Tin tức",
        "2026-12-02",
        [
            P("Nhằm phát triển sự khéo léo của đôi bàn tay và khả năng sáng tạo của trẻ, ngày "
              "01/12/2026 trường tổ chức Hội thi “Bé khéo tay” cho 4 lớp khối Chồi."),
            P("Mỗi lớp cử 5 bé tham gia với ba phần thi: xé dán tranh, nặn con vật và xâu vòng "
              "hạt màu."),
            Img(IMG + "kheo-tay-1.jpg", "Bé Ngọc Hân (lớp Chồi 2) hoàn thành bức tranh xé dán",
                "Bé Ngọc Hân (lớp Chồi 2) hoàn thành bức tranh xé dán", style="table"),
            P("Kết quả: giải Nhất thuộc về lớp Chồi 2, giải Nhì lớp Chồi 4, giải Ba lớp Chồi 1 và "
              "Chồi 3."),
            _right("Người viết: Cô Nguyễn Thị Thu Hà (GV lớp Chồi 2)"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        opts={"thumb": "kheo-tay.jpg"},
    ),
    Story(
        38,
        "tap-huan-tay-chan-mieng",
        "Tập huấn phòng chống dịch bệnh tay chân miệng cho giáo viên, nhân viên",
        "Tin tức",
        "2026-11-28",
        [
            P("Thực hiện chỉ đạo của Phòng GD&ĐT huyện Phong Điền, lúc 14 giờ ngày 26/11/2026 "
              "nhà trường phối hợp Trạm Y tế thị trấn tổ chức buổi tập huấn cho 42 cán bộ, giáo "
              "viên, nhân viên."),
            P("Nội dung tập huấn gồm:", "strong"),
            P("Nhận biết các dấu hiệu sớm của bệnh tay chân miệng ở trẻ.", "mso1"),
            P("Cách vệ sinh, khử khuẩn đồ chơi, phòng học bằng Cloramin B.", "mso1"),
            P("Quy trình cách ly và báo tin cho gia đình khi trẻ có biểu hiện bệnh.", "mso1"),
            P("Sau buổi tập huấn, các lớp đã tổng vệ sinh và lau rửa toàn bộ đồ chơi."),
            _right("ThS. Huỳnh Ngọc Bích - Phó Hiệu trưởng"),
        ],
        authors=["Huỳnh Ngọc Bích"],
        opts={"thumb": "tap-huan.jpg"},
    ),
    Story(
        39,
        "ky-niem-20-11",
        "Trường Mầm non Hoa Sen tổ chức lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11",
        "Tin tức",
        "2026-11-20",
        [
            P("Sáng 20/11/2026, trường Mầm non Hoa Sen long trọng tổ chức lễ kỷ niệm 44 năm Ngày "
              "Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."),
            Img(IMG + "20-11-1.jpg", "(Ảnh: Phạm Văn Tài)", None, style="nextp"),
            P("Đến dự buổi lễ có đại diện Phòng GD&ĐT huyện Phong Điền, lãnh đạo UBND thị trấn "
              "và Ban đại diện cha mẹ trẻ."),
            P("Tại buổi lễ, cô Võ Thị Kim Loan, Hiệu trưởng nhà trường, ôn lại truyền thống và "
              "tuyên dương 6 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện."),
            Img(IMG + "20-11-2.jpg", "Các bé lớp Lá 1 tặng hoa cô giáo",
                "Các bé lớp Lá 1 tặng hoa cô giáo", style="nextp"),
            Raw('<p style="text-align: right;"><em>Tin: Lê Thị Hồng Nhung - Ảnh: Phạm Văn Tài'
                "</em></p>"),
        ],
        authors=["Lê Thị Hồng Nhung"],
        photographers=["Phạm Văn Tài"],
        opts={"thumb": "20-11.jpg"},
    ),
    Story(
        36,
        "an-toan-giao-thong",
        "Chuyên đề “Bé với an toàn giao thông” 🚦",
        "Tin tức",
        "2026-11-14",
        [
            P("Tuần qua, khối Lá thực hiện chuyên đề “Bé với an toàn giao thông” giúp trẻ làm "
              "quen với luật đi đường ngay từ lứa tuổi mầm non."),
            P("Các hoạt động chính:", "strong"),
            P("Bé nhận biết đèn xanh, đèn vàng, đèn đỏ qua bài hát và trò chơi.", "emoji"),
            P("Bé thực hành đội mũ bảo hiểm đúng cách.", "emoji"),
            P("Bé đi bộ trên sa bàn ngã tư đường phố do các cô tự làm.", "emoji"),
            Img(IMG + "atgt-1.jpg", None, None, style="plain"),
            P("Chuyên đề sẽ được nhân rộng cho khối Chồi trong tháng 12."),
            _right("BBT"),
        ],
        opts={"thumb": "atgt.jpg"},
    ),
    Story(
        35,
        "do-choi-tai-che",
        "Phụ huynh cùng bé làm đồ chơi từ vật liệu tái chế",
        "Tin tức",
        "2026-11-09",
        [
            P("Hưởng ứng phong trào “Ngày Chủ nhật xanh”, các lớp khối Mầm mời phụ huynh đến "
              "trường cùng bé làm đồ chơi từ chai nhựa, hộp giấy và nắp chai.", "nfd"),
            P("Từ những vật liệu tưởng bỏ đi, bố mẹ và bé đã làm nên ô tô, chú heo đất, chậu "
              "hoa và cả một ngôi nhà nhỏ xinh.", "nfd"),
            Img(IMG + "tai-che-1.jpg", "Sản phẩm của phụ huynh và bé lớp Mầm 3",
                "Sản phẩm của phụ huynh và bé lớp Mầm 3", style="table"),
            P("Các sản phẩm được trưng bày tại góc “Bé bảo vệ môi trường” ở hành lang tầng "
              "trệt.", "nfd"),
            _right("Tổ chuyên môn khối Mầm"),
        ],
        authors=["Tổ chuyên môn khối Mầm"],
        opts={"thumb": "tai-che.jpg"},
    ),
    Story(
        33,
        "kham-suc-khoe-dot-1",
        "Kiểm tra sức khỏe định kỳ cho trẻ đợt 1",
        "Tin tức",
        "2026-11-03",
        [
            P("Ngày 02/11/2026, nhà trường phối hợp Trung tâm Y tế huyện Phong Điền khám sức "
              "khỏe định kỳ đợt 1 cho toàn bộ trẻ."),
            P("Kết quả cân đo theo khối như sau:"),
            P("Khối | Số trẻ | Suy dinh dưỡng | Thừa cân", "th"),
            P("Nhà trẻ | 45 | 2 | 1", "tr"),
            P("Mầm | 70 | 3 | 2", "tr"),
            P("Chồi | 82 | 1 | 4", "tr"),
            P("Lá | 96 | 2 | 5", "tr"),
            P("Nhà trường đã gửi phiếu kết quả đến từng gia đình và tư vấn chế độ dinh dưỡng "
              "cho các trẻ suy dinh dưỡng, thừa cân."),
        ],
        opts={"thumb": "kham-suc-khoe.jpg", "posted_by": "hoasen_admin"},
    ),
    Story(
        31,
        "tre-an-ngon-mieng",
        "Cách giúp trẻ mầm non ăn ngon miệng hơn khi giao mùa",
        "Tin tức",
        "2026-10-30",
        [
            P("Thời tiết giao mùa khiến nhiều trẻ biếng ăn, sụt cân. Dưới đây là một số lời "
              "khuyên của chuyên gia dinh dưỡng dành cho phụ huynh."),
            P("1. Chia nhỏ bữa ăn", "h"),
            P("Thay vì ba bữa chính, cha mẹ có thể chia thành 5 - 6 bữa nhỏ trong ngày."),
            P("2. Thay đổi món thường xuyên", "h"),
            P("Trẻ dễ chán khi ăn một món nhiều ngày, hãy thay đổi cách chế biến và màu sắc món "
              "ăn."),
            P("“Không nên ép trẻ ăn, vì ép ăn dễ khiến trẻ sợ bữa ăn hơn”, bác sĩ Lâm Thị Thu "
              "Trang khuyên.", "q"),
            Raw('<p style="text-align: right;"><em>Nguồn: Báo Cần Thơ</em></p>'),
        ],
        source="Báo Cần Thơ",
        opts={"thumb": "an-ngon.jpg"},
    ),
]

ARCHIVED: list[Story] = [
    Story(
        27,
        "van-nghe-20-10",
        "Các bé biểu diễn văn nghệ chào mừng Ngày Phụ nữ Việt Nam 20/10",
        "Tin tức",
        "2026-10-21",
        [
            P("Chiều ngày 20/10/2026, trong không khí chào mừng 96 năm Ngày thành lập Hội Liên "
              "hiệp Phụ nữ Việt Nam, các bé khối Chồi và khối Lá đã biểu diễn văn nghệ tặng cô "
              "giáo, bà và mẹ."),
            Img(IMG + "20-10-1.jpg", "Tiết mục múa “Cô giáo em” của lớp Lá 2",
                "Tiết mục múa “Cô giáo em” của lớp Lá 2", style="brcap"),
            P("Chương trình gồm 9 tiết mục múa, hát, đọc thơ do các cô tập luyện trong hai "
              "tuần."),
            Img(IMG + "20-10-2.jpg", None, None, style="plain"),
            P("Cuối chương trình, mỗi bé tặng mẹ một tấm thiệp tự tay làm ở lớp."),
            _right("Người viết: Cô Đặng Thị Mỹ Tiên"),
        ],
        authors=["Đặng Thị Mỹ Tiên"],
        opts={"thumb": "20-10.jpg"},
    ),
    Story(
        25,
        "nang-khieu-ve",
        "Khai giảng lớp bồi dưỡng năng khiếu vẽ cho bé khối Lá",
        "Tin tức",
        "2026-10-05",
        [
            P("Ngày 03/10/2026, trường khai giảng lớp năng khiếu vẽ dành cho bé khối Lá."),
            P("Thời gian học: chiều thứ Ba và thứ Năm hằng tuần.", "br"),
            P("Địa điểm: phòng Âm nhạc - Tạo hình, tầng 1.", "br+"),
            P("Giáo viên phụ trách: cô Trương Ngọc Hà.", "br+"),
            P("Phụ huynh có nhu cầu đăng ký cho con vui lòng liên hệ giáo viên chủ nhiệm."),
            Raw('<p>Xem thêm: <a href="?Tin-tuc&amp;realblog_id=27&amp;realblog_year=2026">'
                "Các bé biểu diễn văn nghệ chào mừng Ngày Phụ nữ Việt Nam 20/10</a></p>"),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
        opts={"thumb": "ve.jpg"},
    ),
]

_LETTERHEAD = (
    '<table style="width: 100%; border: none;"><tbody><tr>'
    '<td style="text-align: center; width: 45%;">UBND HUYỆN PHONG ĐIỀN<br />'
    "<strong>TRƯỜNG MẦM NON HOA SEN</strong><br />Số: 58/TB-MNHS</td>"
    '<td style="text-align: center;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong><br />'
    "<strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br />"
    "<em>Phong Điền, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br />'
    "<strong>Về việc nghỉ Tết Dương lịch năm 2027</strong></p>"
)
_SIGN = (
    '<table style="width: 100%;"><tbody><tr><td style="width: 50%; vertical-align: top;">'
    "<strong><em>Nơi nhận:</em></strong><br />- Phụ huynh trẻ;<br />- CB, GV, NV;<br />"
    '- Lưu: VT.</td><td style="text-align: center; vertical-align: top;">'
    "<strong>HIỆU TRƯỞNG</strong><br /><br /><br /><strong>Võ Thị Kim Loan</strong></td></tr>"
    "</tbody></table>"
    '<p class="hs_taive">📎 Tải về: <a href="./userfiles/downloads/TB58-nghi-tet-duong-lich.pdf">'
    "TB58-nghi-tet-duong-lich.pdf</a> (112 KB)</p>"
)

NOTICES: list[Story] = [
    Story(
        42,
        "nghi-tet-duong-lich",
        "Thông báo lịch nghỉ Tết Dương lịch năm 2027",
        "Thông báo",
        "2026-11-30",
        [
            Raw(_LETTERHEAD),
            P("Căn cứ Kế hoạch năm học 2026 - 2027 của trường Mầm non Hoa Sen, nhà trường thông "
              "báo lịch nghỉ Tết Dương lịch năm 2027 như sau:"),
            P("1. Trẻ và cán bộ, giáo viên, nhân viên nghỉ 01 ngày: thứ Sáu, ngày 01/01/2027."),
            P("2. Trẻ đi học lại bình thường vào thứ Hai, ngày 04/01/2027."),
            P("3. Các lớp nhắc phụ huynh chuẩn bị đầy đủ đồ dùng cá nhân cho trẻ sau kỳ nghỉ."),
            P("Nhà trường trân trọng thông báo./."),
            Raw(_SIGN),
        ],
        authors=["Võ Thị Kim Loan"],
        opts={"date": "01.12.2026"},
    ),
    Story(
        37,
        "hop-phu-huynh-hk1",
        "Thông báo họp phụ huynh học sinh cuối học kỳ I",
        "Thông báo",
        "2026-11-25",
        [
            P("Theo kế hoạch năm học, nhà trường tổ chức họp phụ huynh cuối học kỳ I tại các "
              "lớp."),
            P("Thời gian: 7 giờ 30, Chủ nhật ngày 13/12/2026."),
            P("Nội dung: thông báo kết quả đánh giá trẻ học kỳ I và kế hoạch học kỳ II."),
            P("Kính mong quý phụ huynh sắp xếp thời gian đến dự đầy đủ."),
            _right("Tổ Văn phòng"),
        ],
        authors=["Tổ Văn phòng"],
    ),
    Story(
        34,
        "thu-phi-thang-11",
        "Thông báo thu các khoản phí tháng 11/2026",
        "Thông báo",
        "2026-11-06",
        [
            P("Nhà trường thông báo các khoản thu tháng 11/2026 như sau:"),
            P("Khoản thu | Mức thu | Ghi chú", "th"),
            P("Tiền ăn | 25.000 đ/ngày | Theo số ngày trẻ đi học", "tr"),
            P("Nước uống | 15.000 đ/tháng | Không thu trẻ nhà trẻ", "tr"),
            P("Phụ huynh nộp trực tiếp tại phòng kế toán từ ngày 09/11 đến 13/11/2026 hoặc "
              "chuyển khoản theo số tài khoản trường."),
            Raw('<p><em>Xem thêm: <a href="?Tin-tuc/Thong-bao&amp;realblog_id=37">Thông báo họp '
                "phụ huynh học sinh cuối học kỳ I</a></em></p>"),
        ],
    ),
]

ALL: list[Story] = NEWS + ARCHIVED + NOTICES
BY_ID = {s.id: s for s in ALL}
NEWS_IDS = [s.id for s in NEWS]  # newest first: the overview's order
ARCHIVED_IDS = [s.id for s in ARCHIVED]
NOTICE_IDS = [s.id for s in NOTICES]


def news_page(story_id: int) -> int:
    return NEWS_IDS.index(story_id) // PER_PAGE + 1


def _rb_date(story: Story) -> str:
    """The Realblog date line: d.m.Y."""
    if "date" in story.opts:
        return story.opts["date"]
    y, m, d = story.published_at.split("-")
    return f"{d}.{m}.{y}"


# --- rendering of a story ------------------------------------------------------------------

_MSO = (
    "<p class=\"MsoListParagraph\" style=\"margin-left: 36pt; text-indent: -18pt; "
    "mso-list: l0 level1 lfo1;\"><span style=\"font-family: Symbol; mso-list: Ignore;\">"
    "·<span style=\"font: 7.0pt 'Times New Roman';\">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; "
    "</span></span><span style=\"font-size: 13pt;\">{}</span></p>"
)


def _img(img: Img) -> str:
    tag = f'<img src="{esc(img.src)}" alt="{esc(img.src.rsplit("/", 1)[-1])}" width="500" />'
    if img.style == "brcap":
        return f'<p style="text-align: center;">{tag}<br /><em>{esc(img.printed or "")}</em></p>'
    if img.style == "table":
        return (
            '<table class="anh_tin" style="margin: auto;" border="0"><tbody>'
            f"<tr><td>{tag}</td></tr>"
            f'<tr><td style="text-align: center; font-size: 11px;">{esc(img.printed or "")}</td></tr>'
            "</tbody></table>"
        )
    if img.style == "nextp":
        return (
            f'<p style="text-align: center;">{tag}</p>'
            f'<p style="text-align: center;"><span style="font-size: 10pt;"><em>'
            f"{esc(img.printed or '')}</em></span></p>"
        )
    return f'<p style="text-align: center;">{tag}</p>'


def _cells(value: str, tag: str) -> str:
    return "".join(f"<{tag}>{esc(c)}</{tag}>" for c in value.split(" | "))


def render_story(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
        elif isinstance(b, Img):
            out.append(_img(b))
        elif b.style in ("th", "tr"):
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                cell = "th" if row.style == "th" else "td"
                rows.append(f"<tr>{_cells(row.text, cell)}</tr>")
                i += 1
            out.append('<table border="1" cellpadding="4" style="border-collapse: collapse;">'
                       f"<tbody>{''.join(rows)}</tbody></table>")
            continue
        elif b.style == "br":
            lines = [text(b.text)]
            while i + 1 < len(blocks) and isinstance(blocks[i + 1], P) and blocks[i + 1].style == "br+":
                i += 1
                lines.append(text(blocks[i].text))
            out.append("<p>" + "<br />\n".join(lines) + "</p>")
        elif b.style == "strong":
            out.append(f"<p><strong>{text(b.text)}</strong></p>")
        elif b.style == "mso1":
            out.append(_MSO.format(text(b.text)))
        elif b.style == "emoji":
            # (harmonised: the trap's bullet drawn as the picture the docstring describes; a
            # typed "👉" is text by the house's convention)
            out.append(f'<p><img src="./plugins/emoji/1f449.png" alt="👉" width="16" height="16" /> {text(b.text)}</p>')
        elif b.style == "h":
            out.append(f'<h3 style="color: #c0392b;">{text(b.text)}</h3>')
        elif b.style == "q":
            out.append(f"<blockquote><p><em>{text(b.text)}</em></p></blockquote>")
        elif b.style == "nfd":
            out.append(f'<p style="text-align: justify;">{text(b.text, nfd=True)}</p>')
        else:
            out.append(f'<p style="text-align: justify;">{text(b.text)}</p>')
        i += 1
    return "\n".join(out)


# --- URLs ----------------------------------------------------------------------------------


def page_of(story: Story) -> str:
    return "Tin-tuc/Thong-bao" if story.id in NOTICE_IDS else "Tin-tuc"


def linked_query(story: Story) -> str:
    """The query under which the site links the article first (the gold path)."""
    if story.id in ARCHIVED_IDS:
        return f"Tin-tuc&realblog_id={story.id}&realblog_year=2026"
    if story.id in NOTICE_IDS:
        return f"Tin-tuc/Thong-bao&realblog_id={story.id}"
    if news_page(story.id) == 1 or story.id in NEWS_IDS[:4]:
        return f"Tin-tuc&realblog_id={story.id}"
    return f"Tin-tuc&realblog_id={story.id}&realblog_page={news_page(story.id)}"


def all_queries(story: Story) -> list[str]:
    """Every query the site serves this article under (the gold path first)."""
    base = f"{page_of(story)}&realblog_id={story.id}"
    forms = [base]
    if story.id in NEWS_IDS and news_page(story.id) > 1:
        forms.append(f"{base}&realblog_page={news_page(story.id)}")
    if story.id in ARCHIVED_IDS:
        forms.append(f"{base}&realblog_year=2026")
    first = linked_query(story)
    forms = [first] + [f for f in forms if f != first]
    return forms + [f + "&print" for f in forms]


# --- chrome --------------------------------------------------------------------------------

MENU = [
    ("Trang-chu", "Trang chủ", []),
    ("Gioi-thieu", "Giới thiệu", [("Gioi-thieu/Doi-ngu", "Đội ngũ"),
                                  ("Gioi-thieu/Co-so-vat-chat", "Cơ sở vật chất")]),
    ("Tin-tuc", "Tin tức", [("Tin-tuc/Thong-bao", "Thông báo")]),
    ("Thuc-don", "Thực đơn", []),
    ("Thu-vien-anh", "Thư viện ảnh", []),
    ("Lien-he", "Liên hệ", []),
]
HEADINGS = {
    "Trang-chu": "Trang chủ",
    "Gioi-thieu": "Giới thiệu",
    "Gioi-thieu/Doi-ngu": "Đội ngũ",
    "Gioi-thieu/Co-so-vat-chat": "Cơ sở vật chất",
    "Tin-tuc": "Tin tức",
    "Tin-tuc/Thong-bao": "Thông báo",
    "Thuc-don": "Thực đơn",
    "Thu-vien-anh": "Thư viện ảnh",
    "Lien-he": "Liên hệ",
}


def _menu(current: str) -> str:
    items = []
    for key, label, subs in MENU:
        cls = "sdoc" if current == key or current.startswith(key + "/") else "doc"
        sub = ""
        if subs:
            cls = "s" + cls if not cls.startswith("s") else "sdocs"
            sub = '<ul class="menulevel2">' + "".join(
                f'<li class="{"sdoc" if current == k else "doc"}"><a href="?{k}">{esc(lbl)}</a></li>'
                for k, lbl in subs
            ) + "</ul>"
        items.append(f'<li class="{cls}"><a href="?{key}">{esc(label)}</a>{sub}</li>')
    return '<ul class="menulevel1">' + "".join(items) + "</ul>"


def _locator(current: str, extra: str = "") -> str:
    parts = ['<a href="?Trang-chu">Trang chủ</a>']
    acc = []
    for piece in current.split("/") if current and current != "Trang-chu" else []:
        acc.append(piece)
        key = "/".join(acc)
        parts.append(f'<a href="?{key}">{esc(HEADINGS.get(key, piece))}</a>')
    if extra:
        parts.append(f"<span>{esc(extra)}</span>")
    return '<div id="hs_vitri">Bạn đang ở: ' + " &gt; ".join(parts) + "</div>"


def _sidebar_left() -> str:
    latest = "".join(
        f'<li><a href="?Tin-tuc&amp;realblog_id={s.id}">{esc(s.title)}</a></li>'
        for s in NEWS[:4]
    )
    return (
        '<td id="khung_trai" valign="top" width="210">'
        '<div class="hs_hop"><div class="hs_hop_tieude">TIN MỚI</div>'
        f'<ul class="realblog_link">{latest}</ul></div>'
        '<div class="hs_hop"><div class="hs_hop_tieude">THỰC ĐƠN HÔM NAY</div>'
        '<div class="newsbox"><p><b>Bữa sáng:</b> Cháo thịt bằm cà rốt</p>'
        "<p><b>Bữa trưa:</b> Cơm, canh bí đỏ nấu tôm, cá lóc kho tộ</p>"
        "<p><b>Bữa xế:</b> Sữa chua, chuối cau</p>"
        '<p><a href="?Thuc-don">Xem thực đơn cả tuần »</a></p></div></div>'
        '<div class="hs_hop"><div class="hs_hop_tieude">VIDEO</div>'
        '<p><a href="https://www.youtube.com/@mamnonhoasenphongdien" target="_blank">'
        "Kênh YouTube của trường</a></p></div>"
        "</td>"
    )


def _sidebar_right() -> str:
    return (
        '<td id="khung_phai" valign="top" width="220">'
        '<div class="hs_hop"><div class="hs_hop_tieude">THÔNG BÁO NHANH</div>'
        '<marquee direction="up" scrollamount="2" height="90"><p>Lịch nghỉ Tết Dương lịch 2027: '
        "trẻ nghỉ thứ Sáu 01/01/2027.</p><p>Họp phụ huynh cuối học kỳ I vào Chủ nhật "
        "13/12/2026.</p></marquee></div>"
        '<div class="hs_hop"><div class="hs_hop_tieude">THĂM DÒ Ý KIẾN</div>'
        '<div class="poll_results"><p>Phụ huynh đánh giá bữa ăn bán trú của bé?</p>'
        "<p>Rất ngon: 62% — Ngon: 31% — Chưa ngon: 7%</p><p>(Tổng: 214 phiếu)</p></div></div>"
        '<div class="hs_hop"><div class="hs_hop_tieude">LIÊN KẾT</div><ul>'
        '<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>'
        '<li><a href="https://cantho.edu.vn" target="_blank">Sở GD&amp;ĐT Cần Thơ</a></li>'
        '<li><a href="https://www.facebook.com/mamnonhoasen.phongdien" target="_blank">'
        "Facebook Mầm non Hoa Sen</a></li></ul></div>"
        '<div class="hs_hop"><div class="hs_hop_tieude">THỐNG KÊ TRUY CẬP</div>'
        '<div id="hs_demso">Đang online: 3<br />Hôm nay: 128<br />Tổng truy cập: 245.871</div>'
        "</div></td>"
    )


def layout(title: str, content: str, current: str, extra: str = "") -> str:
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)} - {SCHOOL}</title>
<meta name="generator" content="CMSimple_XH 1.7.5 2022020801" />
<meta name="description" content="Website {SCHOOL}, thị trấn Phong Điền, thành phố Cần Thơ" />
<link rel="stylesheet" href="./templates/hoasen/stylesheet.css" type="text/css" />
<link rel="stylesheet" href="./plugins/realblog/css/stylesheet.css" type="text/css" />
<script src="./templates/hoasen/menu.js"></script>
</head>
<body>
<div id="hs_ngoai">
<div id="hs_dau"><img src="./templates/hoasen/images/logo-hoasen.png" alt="logo" />
<div id="hs_tentruong">UBND HUYỆN PHONG ĐIỀN<br /><b>{SCHOOL.upper()}</b></div>
<div id="hs_ngay">{HEADER_TODAY}</div></div>
<div id="hs_menungang">{_menu(current)}</div>
<form id="hs_timkiem" action="./" method="get"><input type="hidden" name="function" value="search" />
<input type="text" name="search" value="" placeholder="Tìm kiếm..." /><input type="submit" value="Tìm" /></form>
{_locator(current, extra)}
<table id="bang_chinh" width="100%" cellspacing="0" cellpadding="0"><tr>
{_sidebar_left()}
<td id="hs_cotgiua" valign="top">
{content}
</td>
{_sidebar_right()}
</tr></table>
<div id="hs_chan"><p><b>{SCHOOL.upper()}</b></p>
<p>Địa chỉ: Khu vực Thị Trấn, thị trấn Phong Điền, huyện Phong Điền, TP Cần Thơ</p>
<p>Điện thoại: 0292 3942 618 - Email: mnhoasen.phongdien@cantho.edu.vn</p>
<p>Cập nhật lần cuối: 05.12.2026, 07:42</p>
<p>© 2019 - 2026 {SCHOOL} | <a href="?&amp;sitemap">Sơ đồ trang</a> |
<a href="?&amp;mailform">Gửi thư</a> | <a href="?&amp;login">Đăng nhập</a> |
Powered by <a href="https://www.cmsimple-xh.org/" target="_blank">CMSimple_XH</a></p></div>
</div>
</body>
</html>"""


def print_layout(title: str, content: str) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>{esc(title)} - {SCHOOL}</title>
<meta name="robots" content="noindex" />
<link rel="stylesheet" href="./templates/hoasen/stylesheet.css" type="text/css" /></head>
<body class="print" onload="window.print()">
{content}
</body></html>"""


# --- pages ---------------------------------------------------------------------------------


def article_html(story: Story, query: str, printing: bool) -> str:
    heading = HEADINGS[page_of(story)]
    if story.id in ARCHIVED_IDS:
        back = '<a href="?Tin-tuc&amp;realblog_year=2026">« Trở về lưu trữ</a>'
    elif story.id in NEWS_IDS and "realblog_page" in query:
        back = f'<a href="?Tin-tuc&amp;realblog_page={news_page(story.id)}">« Trở về danh sách</a>'
    else:
        back = f'<a href="?{page_of(story)}">« Trở về danh sách</a>'
    teaser = ""
    if story.summary and story.sapo_outside:
        teaser = f'<div class="rb_tomtat"><p><strong>{text(story.summary)}</strong></p></div>'
    posted = ""
    if "posted_by" in story.opts:
        posted = f'<div class="rb_nguoidang">Đăng bởi: {esc(story.opts["posted_by"])}</div>'
    head = (
        f"<h1>{esc(heading)}</h1>\n"
        f'<div class="realblog_article" id="rb_bai_{story.id}">\n'
        f'<div class="realblog_buttons">{back}</div>\n'
        f"<h4>{esc(story.title)}</h4>\n"
        f'<div class="realblog_show_date">{_rb_date(story)}</div>\n'
        f'<div class="rb_chuyenmuc">Chuyên mục: {esc(story.cat)}</div>\n'
        f"{teaser}{posted}"
        f'<div class="realblog_show_story_entry">\n{render_story(story)}\n</div>\n'
    )
    if printing:
        return print_layout(heading, head + "</div>")
    tools = (
        f'<div class="hs_congcu"><a href="?{esc(query)}&amp;print" target="_blank">🖨 In bài</a> | '
        '<a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fmnhoasen.edu.vn'
        f'%2F%3FTin-tuc%26realblog_id%3D{story.id}" target="_blank">Chia sẻ Facebook</a></div>'
    )
    pool = NOTICES if story.id in NOTICE_IDS else NEWS
    others = "".join(
        f'<li><a href="?{page_of(s)}&amp;realblog_id={s.id}">{esc(s.title)}</a> '
        f"<span>({_rb_date(s)})</span></li>"
        for s in pool[:3] if s.id != story.id
    )
    comments = ""
    if story.id in (41, 39, 35):
        comments = (
            '<div class="twocents_comments"><h5>Bình luận (2)</h5>'
            '<div class="twocents_comment"><div class="twocents_attribution">Mẹ bé Bống (lớp '
            "Chồi 2) - 04.12.2026 20:15</div><div class=\"twocents_message\"><p>Cảm ơn các cô "
            "đã tổ chức cho các bé một ngày thật vui và ý nghĩa!</p></div></div>"
            '<div class="twocents_comment"><div class="twocents_attribution">Phụ huynh bé '
            'Tí - 05.12.2026 06:02</div><div class="twocents_message"><p>Bé nhà em về kể '
            "suốt buổi tối, mong trường tổ chức thêm nhiều hoạt động như vậy.</p></div></div>"
            "</div>"
        )
    content = (
        head + tools + "</div>\n"
        f'<div class="hs_tinkhac"><b>Các tin khác:</b><ul>{others}</ul></div>\n' + comments
    )
    return layout(heading, content, page_of(story), "")


def _teaser(story: Story, link_query: str) -> str:
    if story.summary:
        lead = story.summary
    else:
        first = next(b.text for b in story.blocks if isinstance(b, P))
        lead = first[:110].rsplit(" ", 1)[0] + "…"
    thumb = ""
    if "thumb" in story.opts:
        thumb = (f'<img src="./userfiles/images/thumb/{story.opts["thumb"]}" alt="" '
                 'width="120" style="float: left; margin-right: 8px;" />')
    href = esc("?" + link_query)
    return (
        '<div class="realblog_overview_article">'
        f'<h4><a href="{href}">{esc(story.title)}</a></h4>'
        f'<div class="realblog_show_date">{_rb_date(story)}</div>'
        f'<div class="realblog_show_teaser">{thumb}<p>{esc(lead)}</p></div>'
        f'<div class="realblog_entry_footer"><a href="{href}">Đọc tiếp »</a></div>'
        '<div style="clear: both;"></div></div>'
    )


def overview(page: int, printing: bool) -> str | None:
    pages = (len(NEWS) + PER_PAGE - 1) // PER_PAGE
    if not 1 <= page <= pages:
        return None
    chunk = NEWS[(page - 1) * PER_PAGE: page * PER_PAGE]
    items = []
    for s in chunk:
        q = f"Tin-tuc&realblog_id={s.id}" if page == 1 else (
            f"Tin-tuc&realblog_id={s.id}&realblog_page={page}")
        items.append(_teaser(s, q))
    nav = []
    for n in range(1, pages + 1):
        href = "?Tin-tuc" if n == 1 else f"?Tin-tuc&amp;realblog_page={n}"
        nav.append(f"<span class=\"realblog_pag_current\">{n}</span>" if n == page
                   else f'<a href="{href}">{n}</a>')
    if page < pages:
        nav.append(f'<a href="?Tin-tuc&amp;realblog_page={page + 1}">»</a>')
    content = (
        "<h1>Tin tức</h1>\n<p>Hoạt động của cô và trẻ Trường Mầm non Hoa Sen.</p>\n"
        + "".join(items)
        + '<div class="realblog_pagination">Trang: ' + " ".join(nav) + "</div>"
        + '<p class="rb_luutru"><a href="?Tin-tuc&amp;realblog_year=2026">Xem tin cũ (lưu trữ) '
        "»</a></p>"
    )
    if printing:
        return print_layout("Tin tức", content)
    return layout("Tin tức", content, "Tin-tuc", f"Trang {page}" if page > 1 else "")


def archive(year: str, printing: bool) -> str | None:
    if year == "2026":
        rows = "".join(
            f'<li><a href="?Tin-tuc&amp;realblog_id={s.id}&amp;realblog_year=2026">'
            f"{esc(s.title)}</a> ({_rb_date(s)})</li>"
            for s in ARCHIVED
        )
        body = ('<div class="realblog_archive_head"><a href="?Tin-tuc&amp;realblog_year=2025">«'
                "</a> <b>2026</b></div><h4>Tháng 10</h4><ul>" + rows + "</ul>")
    elif year == "2025":
        body = ('<div class="realblog_archive_head"><b>2025</b> <a href="?Tin-tuc&amp;'
                'realblog_year=2026">»</a></div><p>Không có bài viết nào được lưu trữ.</p>')
    else:
        return None
    content = "<h1>Tin tức</h1>\n<h2>Lưu trữ</h2>" + body
    if printing:
        return print_layout("Tin tức", content)
    return layout("Tin tức", content, "Tin-tuc", f"Lưu trữ {year}")


def notices_overview(printing: bool) -> str:
    items = "".join(_teaser(s, f"Tin-tuc/Thong-bao&realblog_id={s.id}") for s in NOTICES)
    content = ("<h1>Thông báo</h1>\n" + items
               + '<div class="realblog_pagination">Trang: <span class="realblog_pag_current">1'
               "</span></div>")
    if printing:
        return print_layout("Thông báo", content)
    return layout("Thông báo", content, "Tin-tuc/Thong-bao")


STATIC_PAGES = {
    "Trang-chu": (
        "<h1>Trang chủ</h1>"
        '<p style="text-align: center;"><img src="./userfiles/images/trang-chu/toan-truong.jpg" '
        'alt="Toàn cảnh trường" width="560" /></p>'
        "<p>Chào mừng quý phụ huynh đến với website Trường Mầm non Hoa Sen - nơi chia sẻ hoạt "
        "động hằng ngày của cô và bé.</p>"
        '<div class="hs_trangchu_tb"><h3>Thông báo mới</h3><ul>'
        + "".join(f'<li><a href="?Tin-tuc/Thong-bao&amp;realblog_id={s.id}">{esc(s.title)}</a>'
                  "</li>" for s in NOTICES[:2])
        + '</ul><p><a href="?Tin-tuc/Thong-bao">Tất cả thông báo »</a></p></div>'
        '<p><a href="?Tin-tuc">Xem tất cả tin tức »</a></p>'
    ),
    "Gioi-thieu": (
        "<h1>Giới thiệu</h1>"
        "<p>Trường Mầm non Hoa Sen được thành lập năm 1998, tọa lạc tại khu vực Thị Trấn, thị "
        "trấn Phong Điền, huyện Phong Điền, thành phố Cần Thơ.</p>"
        "<p>Năm học 2026 - 2027 trường có 12 nhóm, lớp với 293 trẻ, 38 cán bộ, giáo viên, nhân "
        "viên. Trường đạt chuẩn quốc gia mức độ 1 năm 2021.</p>"
        '<p><a href="?Gioi-thieu/Doi-ngu">Đội ngũ</a> | <a href="?Gioi-thieu/Co-so-vat-chat">'
        "Cơ sở vật chất</a></p>"
    ),
    "Gioi-thieu/Doi-ngu": (
        "<h2>Đội ngũ</h2>"
        '<table border="1" cellpadding="4"><tr><th>Họ và tên</th><th>Chức vụ</th></tr>'
        "<tr><td>Võ Thị Kim Loan</td><td>Hiệu trưởng</td></tr>"
        "<tr><td>Huỳnh Ngọc Bích</td><td>Phó Hiệu trưởng</td></tr>"
        "<tr><td>Nguyễn Thị Thu Hà</td><td>Tổ trưởng khối Chồi</td></tr>"
        "<tr><td>Đặng Thị Mỹ Tiên</td><td>Tổ trưởng khối Lá</td></tr></table>"
    ),
    "Gioi-thieu/Co-so-vat-chat": (
        "<h2>Cơ sở vật chất</h2>"
        "<p>Trường có 12 phòng học, phòng Âm nhạc - Tạo hình, bếp một chiều, sân chơi với "
        "khu vận động và vườn rau của bé.</p>"
        '<p style="text-align: center;"><img src="./userfiles/images/trang-chu/san-choi.jpg" '
        'alt="Sân chơi" width="500" /></p>'
    ),
    "Thuc-don": (
        "<h1>Thực đơn</h1><p>Thực đơn tuần 14 (từ 30/11 đến 05/12/2026)</p>"
        '<table border="1" cellpadding="4"><tr><th>Thứ</th><th>Bữa trưa</th><th>Bữa xế</th></tr>'
        "<tr><td>Hai</td><td>Cơm, canh cải ngọt, thịt kho trứng</td><td>Bánh flan</td></tr>"
        "<tr><td>Ba</td><td>Cơm, canh chua cá, đậu hũ sốt cà</td><td>Sữa chua</td></tr>"
        "<tr><td>Tư</td><td>Bún bò</td><td>Chuối cau</td></tr>"
        "<tr><td>Năm</td><td>Cơm, canh bí đỏ nấu tôm, cá lóc kho tộ</td><td>Sữa tươi</td></tr>"
        "<tr><td>Sáu</td><td>Hủ tiếu thịt bằm</td><td>Thanh long</td></tr></table>"
        '<p><a href="?Thuc-don&amp;print" target="_blank">🖨 In thực đơn</a></p>'
    ),
    "Thu-vien-anh": (
        "<h1>Thư viện ảnh</h1><div class=\"album\">"
        + "".join(f'<a href="./userfiles/images/album/{n}.jpg"><img src="./userfiles/images/album/'
                  f'thumb_{n}.jpg" alt="Ảnh {n}" /></a>' for n in range(1, 7))
        + "</div><p>Album: Hoạt động ngoài trời tháng 11/2026</p>"
    ),
    "Lien-he": (
        "<h1>Liên hệ</h1><p>Trường Mầm non Hoa Sen</p>"
        "<p>Địa chỉ: Khu vực Thị Trấn, thị trấn Phong Điền, huyện Phong Điền, TP Cần Thơ</p>"
        "<p>Điện thoại: 0292 3942 618</p><p>Email: mnhoasen.phongdien@cantho.edu.vn</p>"
        '<p><a href="?&amp;mailform">Gửi thư cho nhà trường</a></p>'
    ),
}


def sitemap() -> str:
    def li(key: str, label: str) -> str:
        return f'<li><a href="?{key}">{esc(label)}</a></li>'

    rows = []
    for key, label, subs in MENU:
        sub = "<ul>" + "".join(li(k, lbl) for k, lbl in subs) + "</ul>" if subs else ""
        rows.append(f'<li><a href="?{key}">{esc(label)}</a>{sub}</li>')
    return layout("Sơ đồ trang", "<h1>Sơ đồ trang</h1><ul class=\"sitemaplevel1\">"
                  + "".join(rows) + "</ul>", "", "Sơ đồ trang")


def core_page(flag: str) -> str:
    if flag == "mailform":
        body = ("<h1>Gửi thư</h1><form method=\"post\" action=\"?&amp;mailform\">"
                "<input type=\"hidden\" name=\"action\" value=\"send\" />"
                "<p>Họ tên: <input name=\"sendername\" /></p><p>Nội dung: <textarea name=\"mailform\">"
                "</textarea></p><input type=\"submit\" value=\"Gửi\" /></form>")
        return layout("Gửi thư", body, "", "Gửi thư")
    body = ("<h1>Đăng nhập</h1><form method=\"post\" action=\"?&amp;login\">"
            "<input type=\"password\" name=\"keycut\" /><input type=\"hidden\" name=\"login\" "
            "value=\"true\" /><input type=\"submit\" value=\"Đăng nhập\" /></form>")
    return layout("Đăng nhập", body, "", "Đăng nhập")


def search_page(term: str) -> str:
    hits = [k for k, v in STATIC_PAGES.items() if term and term.lower() in v.lower()]
    found = "".join(f'<li><a href="?{k}">{esc(HEADINGS[k])}</a></li>' for k in hits)
    body = (f"<h1>Kết quả tìm kiếm</h1><p>Tìm thấy {len(hits)} trang chứa “{esc(term)}”.</p>"
            f"<ul>{found}</ul>")
    return layout("Kết quả tìm kiếm", body, "", "Tìm kiếm")


# --- the site ------------------------------------------------------------------------------


def parse(query: str) -> tuple[str, dict[str, str], set[str]] | None:
    """CMSimple's reading of a query: page name (first member without "="), params, flags."""
    members = query.split("&") if query else []
    page = ""
    if members and "=" not in members[0]:
        page = unquote_plus(members.pop(0))
    params: dict[str, str] = {}
    flags: set[str] = set()
    for m in members:
        if not m:
            continue
        if "=" in m:
            k, v = m.split("=", 1)
            k = unquote_plus(k)
            if k in params:
                return None
            params[k] = unquote_plus(v)
        else:
            flags.add(unquote_plus(m))
    return page, params, flags


class CmsimpleSite:
    def respond(self, request: Request) -> Response | None:
        if request.path != "/":
            if request.path.startswith("/userfiles/downloads/") and request.path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            if request.path.startswith(("/userfiles/", "/templates/", "/plugins/")):
                return static_file(request.path)
            if request.path == "/favicon.ico":
                return static_file(request.path)
            return None
        parsed = parse(request.query)
        if parsed is None:
            return None
        page, params, flags = parsed
        body = self.page(page, params, flags)
        if body is None:
            msg = "<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại.</p>"
            return html(layout("Không tìm thấy trang", msg, "", ""), status=404)
        return html(body)

    def page(self, page: str, params: dict[str, str], flags: set[str]) -> str | None:
        printing = "print" in flags
        extra_flags = flags - {"print"}
        if page == "":
            if params.get("function") == "search" and set(params) <= {"function", "search"}:
                return None if flags else search_page(params.get("search", ""))
            if params:
                return None
            if not extra_flags:
                page = "Trang-chu"
            elif extra_flags == {"sitemap"} and not printing:
                return sitemap()
            elif len(extra_flags) == 1 and extra_flags <= {"mailform", "login"} and not printing:
                return core_page(next(iter(extra_flags)))
            else:
                return None
        if extra_flags:
            return None
        if page in ("Tin-tuc", "Tin-tuc/Thong-bao") and params:
            return self.realblog(page, params, printing)
        if params:
            return None
        if page == "Tin-tuc":
            return overview(1, printing)
        if page == "Tin-tuc/Thong-bao":
            return notices_overview(printing)
        if page in STATIC_PAGES:
            heading = HEADINGS[page]
            if printing:
                return print_layout(heading, STATIC_PAGES[page])
            return layout(heading, STATIC_PAGES[page], page)
        return None

    def realblog(self, page: str, params: dict[str, str], printing: bool) -> str | None:
        if "realblog_id" not in params:
            if page == "Tin-tuc" and set(params) == {"realblog_page"}:
                try:
                    n = int(params["realblog_page"])
                except ValueError:
                    return None
                return None if n == 1 else overview(n, printing)
            if page == "Tin-tuc" and set(params) == {"realblog_year"}:
                return archive(params["realblog_year"], printing)
            return None
        try:
            story = BY_ID[int(params["realblog_id"])]
        except (ValueError, KeyError):
            return None
        if page_of(story) != page:
            return None
        query = "&".join([page] + [f"{k}={v}" for k, v in params.items()])
        if query not in all_queries(story):
            return None
        return article_html(story, query, printing)


def build_site() -> CmsimpleSite:
    return CmsimpleSite()


# --- gold ----------------------------------------------------------------------------------


def _gold(story: Story) -> dict:
    queries = all_queries(story)
    paths = ["/?" + q for q in queries]
    return gold_record(story, paths[0], story.cat, alt_paths=paths[1:])


GOLD = [_gold(s) for s in ALL]

NON_ARTICLES = [
    "/?Gioi-thieu",
    "/?Gioi-thieu/Doi-ngu",
    "/?Gioi-thieu/Co-so-vat-chat",
    "/?Thuc-don",
    "/?Thu-vien-anh",
    "/?Lien-he",
]
