"""Trường Mầm non Hoa Sen (quận Hải Châu, Đà Nẵng): a Canva Websites site on a custom domain.

Platform
    The school's site is a Canva Websites one-page design ("/" with section anchors
    ``#gioi-thieu``, ``#chuong-trinh``, ``#tin-moi``, ``#lien-he``) published on the school's own
    domain, plus a hand-made news section whose pages were designed in Canva one by one and
    exported: every text box is an absolutely positioned ``div`` (``transform:translate(…)``),
    text is cut into one ``span`` per style run (Canva cuts wherever the style changed while the
    teacher typed, mid-word too), shapes and icons are inline SVG, page backgrounds and the
    banner photo are ``background-image`` layers, photos sit in Canva "frames". Class names are
    Canva's hashed ones (``_7Qk2Xw``); nothing says "article", "content" or "caption".

URL scheme
    ``/``                     the one-page home (latest news cards link to the old
                              ``hoasenmamnon.my.canva.site`` host, see trap 9)
    ``/tin-tuc``              news list, page 1 (``/tin-tuc?page=1`` is the same page)
    ``/tin-tuc?page=<N>``     news list pages 2 and 3 (others 404)
    ``/tin-tuc/<slug>``       a news page; ``/tin-tuc/<slug>/`` serves the very same page
    ``/thuc-don``             this week's menu
    ``/lien-he``              contact page with a Canva form (posts to canva.com, never followed)
    ``/_assets/…``            images, fonts, scripts (placeholder bytes)

Page templates
    home: hero section over a background layer, about, programme, 3 latest news cards + the
    pinned one, menu teaser, contact; list page: banner, pinned post card (on every page), 5 cards
    per page, pager "‹ 1 2 3 ›" whose arrows are icon-only SVG links; news page: top strip with
    today's date and phone, nav with a "Tin tức ▾" drop-down, banner section with its own ``<h1>``,
    breadcrumb text box "Tin tức › <category>", calendar sticker or "Đăng lúc" line, headline
    ``<h1>``, optional sapo box, text boxes, frames, caption boxes, byline box, share icons,
    "Các tin khác" cards, visitor counter embed, footer with address and "Tạo bằng Canva".

How each gold article is reached
    ``/tin-tuc`` (menu, home button) lists the pinned post (#1) and the five newest; page 2 and
    page 3 (pager links only) list the rest: articles 5, 6, 7, 8, 9, 11, 12, 13 are reachable only
    through ``?page=2`` / ``?page=3`` (the home page and "Các tin khác" show only the newest).

Traps
    1. Text cut into style-run spans with no whitespace between the tags, often mid-word
       ("Trư</span><span …>ờng"): gold text joins the spans as they are (no added spaces).
    2. Two ``<h1>`` on a news page: the banner section's "Tin tức – Sự kiện" (capitals by CSS) comes first, the
       headline second; ``<title>`` and og:title are the generic "Tin tức | Mầm non Hoa Sen".
       Gold title = the headline; a headline broken over two lines with ``<br>`` is one title
       with a space.
    3. The date as a calendar sticker: three separate text boxes "21" / "THG 11" / "2026" over an
       SVG calendar shape -> the day alone ("2026-11-21"); other pages print "Đăng lúc 16:20 ·
       03/12/2026" (-> with time) or "Thứ Hai, ngày 05 tháng 10 năm 2026"; body sentences carry
       other dates, the footer prints "Cập nhật lần cuối: 04/12/2026", one page prints an
       "Chỉnh sửa: …" line: none of them is the date. The parent's letter prints no date -> null
       (its list card shows one, the page does not).
    4. Images in Canva markup: photos are ``<img>`` in frames with ``srcset`` width variants
       (gold = the ``src``), one photo is drawn in a flower-shaped frame as an SVG ``<image
       href>`` with a clip-path (it is an article photo: gold); the banner photo and paper texture
       are ``background-image`` layers, lotus/cloud stickers are ``<img alt="">`` positioned on the
       text area: none of those is an article image.
    5. Captions are just another text box (small italic, after the frame), no figcaption:
       gold caption = its text, enclosing parentheses taken off; a box that only credits
       ("Ảnh: Nguyễn Hoàng Nam") is no caption, its name is a photographer.
    6. The mobile reflow copy: on two pages Canva printed the whole text a second time in a
       mobile layout (``aria-hidden="true"``, hidden by a media-query class): the body is once.
    7. A drop cap drawn as its own text box ("S" in 64px) before the box holding "áng ngày …":
       gold joins them, "Sáng ngày …".
    8. Bylines with Vietnamese honorifics and posts: "Bài & ảnh: Cô Lê Thị Thu Hà – GV lớp Lá 2"
       -> Lê Thị Thu Hà in authors and photographers; "Chị Võ Thị Mỹ Linh (phụ huynh bé Bắp,
       lớp Mầm 1)" -> Võ Thị Mỹ Linh; "Y sĩ Đặng Thị Hoa"; "Người đăng: hoasen.admin" -> nobody;
       the unit "Ban Giám hiệu" signing alone -> itself.
    9. The same post linked several ways: card photo and title link ``/tin-tuc/<slug>``, the
       "Đọc tiếp" button ``/tin-tuc/<slug>/`` (same page: alt_paths), the home page cards the
       absolute ``https://hoasenmamnon.my.canva.site/tin-tuc/<slug>`` (another host: not
       followed, gold stays on the school's host), the pinned post sits atop every list page
       and ``/tin-tuc?page=1`` repeats ``/tin-tuc``.
    10. Empty lines kept by Canva as paragraphs holding only a zero-width space (U+200B): no
        paragraph in the gold.
    11. Decorative SVG text (the curved "✿ MẦM NON HOA SEN ✿" ``<textPath>``, the "Mới!" bubble)
        sits inside the article's section: not text of the article.
    12. The news list also holds a photo album and a video post with the same card and page
        template: they are NON_ARTICLES.

Gold decisions on ambiguous points
    - The sticker/"Đăng lúc" line is the publication date; a page without either has null even
      though its list card shows a date.
    - Honorifics "Cô", "Thầy", "Chị", "Y sĩ" are titles (dropped like degrees); the post after a
      dash or in parentheses is dropped.
    - The sapo is the bold, larger text box right under the headline (articles 1, 5, 10) or the
      bold first paragraph (article 11); other pages have none.
    - The headline text is taken as written in the markup; the banner's ``text-transform``
      capitals are only CSS there, the headlines have none.
    - "Nguồn: X" in the closing italic box is the source; the notice's "Ban Giám hiệu" is its
      author (unit signing alone). The table in the enrolment notice is body (cells joined " | ").
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import re
from urllib.parse import parse_qs

from crawler.demo.server import Request, Response, html
from tests.portals._common import Img, P, Raw, Story, base_url, esc, gold_record, static_file

NAME = "canva_site_mamnon"
PLATFORM = "Canva Websites (one-page site + hand-exported Canva news pages), custom domain"
START_PATH = "/"

TODAY_LINE = "Thứ Bảy, 05/12/2026"
OLD_HOST = "https://hoasenmamnon.my.canva.site"
SITE_TITLE = "Trường Mầm non Hoa Sen"

_WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _c(name: str) -> str:
    """Canva-like hashed class name, stable per role."""
    digest = hashlib.md5(name.encode()).digest()
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "_" + "".join(alphabet[b % 62] for b in digest[:6])


def media(slug: str, n: int) -> str:
    return "/_assets/media/" + hashlib.sha1(f"{slug}:{n}".encode()).hexdigest()[:24] + ".jpg"


# --- the stories ------------------------------------------------------------------------------
# opts: date = "sticker" | "dangluc" | "words" | None; dropcap; mobile; headline_br (index of the
# word after which the headline breaks); edited (an update line); pinned


def _stories() -> list[Story]:
    s: list[Story] = []
    slug = "tri-an-thay-co-ngay-nha-giao-viet-nam-20-11"
    s.append(Story(
        1, slug, "Tri ân thầy cô nhân ngày Nhà giáo Việt Nam 20/11", "Sự kiện", "2026-11-21",
        [
            P("Sáng ngày 20/11/2026, tại sân trường, Trường Mầm non Hoa Sen long trọng tổ chức "
              "lễ kỷ niệm 44 năm ngày Nhà giáo Việt Nam với sự tham dự của đại diện Phòng Giáo dục "
              "và Đào tạo quận Hải Châu, Ban đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo "
              "viên, nhân viên nhà trường."),
            Img(media(slug, 1), "(Các bé lớp Lá 2 tặng hoa chúc mừng cô giáo)",
                "Các bé lớp Lá 2 tặng hoa chúc mừng cô giáo"),
            P("Phát biểu tại buổi lễ, cô Hiệu trưởng Nguyễn Thị Minh Tâm ôn lại truyền thống "
              "của ngày 20/11 và gửi lời cảm ơn tới các thầy cô đã tận tụy chăm sóc, nuôi dạy "
              "các cháu trong suốt những năm qua."),
            P("Chương trình văn nghệ do chính các bé biểu diễn với những tiết mục múa, hát "
              "“Cô giáo em”, “Bông hoa mừng cô” đã mang đến nhiều cảm xúc cho các cô giáo và phụ "
              "huynh."),
            Img(media(slug, 2), "Tiết mục múa “Bông hoa mừng cô” của lớp Chồi 1",
                "Tiết mục múa “Bông hoa mừng cô” của lớp Chồi 1"),
            P("Dịp này, nhà trường đã khen thưởng 12 giáo viên đạt danh hiệu giáo viên dạy giỏi "
              "cấp trường năm học 2026–2027."),
            Raw("Bài & ảnh: |Cô Lê Thị Thu Hà – GV lớp Lá 2"),
        ],
        authors=["Lê Thị Thu Hà"], photographers=["Lê Thị Thu Hà"],
        summary="Hướng tới kỷ niệm ngày Nhà giáo Việt Nam 20/11, các bé và phụ huynh Trường Mầm "
                "non Hoa Sen đã có một buổi sáng ấm áp tri ân các cô giáo.",
        sapo_outside=True,
        opts={"date": "sticker", "dropcap": True, "headline_br": 4, "pinned": True},
    ))
    slug = "be-tap-lam-banh-quy-bo"
    s.append(Story(
        2, slug, "Bé tập làm bánh quy bơ", "Hoạt động của bé", "2026-12-03T16:20:00+07:00",
        [
            P("Trong hoạt động trải nghiệm tuần này, các bé lớp Chồi 2 đã được làm quen với "
              "công việc của những người thợ làm bánh."),
            P("Dưới sự hướng dẫn của cô, các bé rửa tay sạch sẽ, đội mũ, đeo tạp dề rồi cùng "
              "nhau nhào bột, cán bột và dùng khuôn để tạo hình những chiếc bánh quy xinh xắn."),
            Img(media(slug, 1), "Bé Gia Hân khéo léo ấn khuôn hình ngôi sao",
                "Bé Gia Hân khéo léo ấn khuôn hình ngôi sao"),
            P("Bánh được nướng ngay tại bếp ăn của trường. Buổi chiều, các bé được thưởng thức "
              "thành quả của mình và mang một phần bánh về tặng ông bà, bố mẹ."),
            Raw("Tin: |Cô Trần Ngọc Diệp – Ảnh: Phan Văn Tú"),
        ],
        authors=["Trần Ngọc Diệp"], photographers=["Phan Văn Tú"],
        opts={"date": "dangluc"},
    ))
    slug = "hoi-thi-be-khoe-be-ngoan-cap-truong"
    s.append(Story(
        3, slug, "Hội thi “Bé khỏe – Bé ngoan” cấp trường", "Sự kiện", "2026-11-27",
        [
            P("Sáng ngày 26/11/2026, Trường Mầm non Hoa Sen tổ chức Hội thi “Bé khỏe – Bé ngoan” "
              "dành cho các bé khối Chồi và khối Lá."),
            P("Hội thi gồm ba phần: chào hỏi, năng khiếu và vận động. Các đội thi đã thể hiện sự "
              "nhanh nhẹn, mạnh dạn và tinh thần đồng đội đáng khen."),
            Img(media(slug, 1), "Phần thi vận động “Bật qua suối nhỏ”",
                "Phần thi vận động “Bật qua suối nhỏ”"),
            P("Kết quả, đội lớp Lá 1 giành giải Nhất, đội lớp Chồi 3 và lớp Lá 2 đồng giải Nhì."),
            Raw("Ban Truyền thông|"),
        ],
        authors=["Ban Truyền thông"],
        opts={"date": "sticker", "mobile": True},
    ))
    slug = "thong-bao-lich-nghi-tet-duong-lich-2027"
    s.append(Story(
        4, slug, "Thông báo lịch nghỉ Tết Dương lịch 2027", "Thông báo", "2026-12-01",
        [
            P("Căn cứ kế hoạch thời gian năm học 2026–2027 của Sở Giáo dục và Đào tạo thành phố "
              "Đà Nẵng, Trường Mầm non Hoa Sen thông báo lịch nghỉ Tết Dương lịch 2027 như sau:"),
            P("Thời gian nghỉ: từ thứ Sáu, ngày 01/01/2027 đến hết Chủ Nhật, ngày 03/01/2027."),
            P("Thời gian đi học lại: thứ Hai, ngày 04/01/2027.", "brcont"),
            P("Trong thời gian nghỉ, kính đề nghị quý phụ huynh quan tâm, nhắc nhở các bé giữ gìn "
              "sức khỏe và đảm bảo an toàn khi vui chơi cùng gia đình."),
            P("Trân trọng thông báo!"),
            Raw("Ban Giám hiệu|"),
        ],
        authors=["Ban Giám hiệu"],
        opts={"date": "sticker", "edited": "Chỉnh sửa: 04/12/2026 10:12"},
    ))
    slug = "phong-benh-tay-chan-mieng-mua-dong"
    s.append(Story(
        5, slug, "Phòng bệnh tay chân miệng mùa đông", "Góc phụ huynh", "2026-11-18",
        [
            P("Bệnh tay chân miệng do vi rút đường ruột gây ra, lây qua đường tiêu hóa và tiếp "
              "xúc trực tiếp với dịch tiết của người bệnh."),
            P("Các dấu hiệu cần lưu ý", "h2"),
            P("Trẻ sốt nhẹ, mệt mỏi, biếng ăn;", "li"),
            P("Xuất hiện các nốt phỏng nước ở lòng bàn tay, lòng bàn chân, đầu gối, mông;", "li"),
            P("Loét miệng, chảy nhiều nước bọt.", "li"),
            Img(media(slug, 1), "Ảnh: Nguyễn Hoàng Nam", None),
            P("Phụ huynh cần làm gì?", "h2"),
            P("Thường xuyên rửa tay cho trẻ bằng xà phòng dưới vòi nước sạch; vệ sinh đồ chơi, "
              "sàn nhà; khi trẻ có dấu hiệu bệnh, cho trẻ nghỉ học và đưa đến cơ sở y tế để được "
              "khám, tư vấn kịp thời."),
            Raw("Y sĩ Đặng Thị Hoa|"),
            Raw("Nguồn: |Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng"),
        ],
        authors=["Đặng Thị Hoa"], photographers=["Nguyễn Hoàng Nam"],
        source="Trung tâm Kiểm soát bệnh tật thành phố Đà Nẵng",
        summary="Thời tiết chuyển lạnh là lúc bệnh tay chân miệng dễ bùng phát ở trẻ nhỏ. Nhân "
                "viên y tế nhà trường chia sẻ với phụ huynh một số lưu ý.",
        sapo_outside=True,
        opts={"date": "sticker"},
    ))
    slug = "lop-choi-3-tham-quan-bao-tang-dieu-khac-cham"
    s.append(Story(
        6, slug, "Lớp Chồi 3 tham quan Bảo tàng Điêu khắc Chăm", "Hoạt động của bé",
        "2026-11-12",
        [
            P("Nhằm giúp các bé tìm hiểu về di sản văn hóa của thành phố, sáng ngày 11/11/2026, "
              "lớp Chồi 3 đã có chuyến tham quan Bảo tàng Điêu khắc Chăm Đà Nẵng."),
            Img(media(slug, 1), "(Các bé lắng nghe cô thuyết minh viên kể chuyện)",
                "Các bé lắng nghe cô thuyết minh viên kể chuyện", "svg"),
            P("Các bé thích thú ngắm nhìn những bức tượng vũ nữ Apsara, tượng thần Ganesha và "
              "đặt rất nhiều câu hỏi ngộ nghĩnh."),
            P("Trở về lớp, các bé cùng nhau vẽ lại bức tượng mình thích nhất để trang trí góc "
              "nghệ thuật."),
            Img(media(slug, 2), "Tranh vẽ của bé Minh Anh", "Tranh vẽ của bé Minh Anh"),
            Raw("Bài & ảnh: |Cô Huỳnh Thị Bích Ngọc – GV lớp Chồi 3"),
        ],
        authors=["Huỳnh Thị Bích Ngọc"], photographers=["Huỳnh Thị Bích Ngọc"],
        opts={"date": "sticker"},
    ))
    slug = "ngay-hoi-halloween-cua-cac-be-lop-la"
    s.append(Story(
        7, slug, "Ngày hội Halloween của các bé lớp Lá", "Hoạt động của bé", "2026-10-31",
        [
            P("Chiều 30/10/2026, các bé khối Lá đã có một buổi chiều vui nhộn với ngày hội "
              "Halloween do nhà trường tổ chức."),
            P("Các bé hóa trang thành những nhân vật cổ tích, tự tay khoét bí ngô, chơi trò “săn "
              "kẹo” và học những câu tiếng Anh đơn giản về chủ đề lễ hội."),
            Img(media(slug, 1), "Những “phù thủy nhỏ” lớp Lá 3", "Những “phù thủy nhỏ” lớp Lá 3"),
            P("Hoạt động giúp các bé mạnh dạn giao tiếp và hiểu thêm về văn hóa các nước."),
            Raw("Người đăng: |hoasen.admin"),
        ],
        opts={"date": "sticker", "mobile": True},
    ))
    slug = "tap-huan-phong-chay-chua-chay-cho-can-bo-giao-vien"
    s.append(Story(
        8, slug, "Tập huấn phòng cháy chữa cháy cho cán bộ, giáo viên", "Sự kiện", "2026-10-22",
        [
            P("Ngày 21/10/2026, Trường Mầm non Hoa Sen phối hợp với Đội Cảnh sát PCCC và CNCH "
              "quận Hải Châu tổ chức buổi tập huấn nghiệp vụ phòng cháy chữa cháy."),
            P("Cán bộ, giáo viên, nhân viên được hướng dẫn cách sử dụng bình chữa cháy, kỹ năng "
              "thoát nạn và sơ tán trẻ an toàn khi có sự cố."),
            Img(media(slug, 1), "Thực hành dập lửa bằng bình bột",
                "Thực hành dập lửa bằng bình bột"),
            P("Buổi tập huấn kết thúc bằng phần diễn tập sơ tán toàn trường."),
            Raw("Người đăng: |hoasen.admin"),
        ],
        opts={"date": "sticker"},
    ))
    slug = "chia-se-cua-phu-huynh-con-toi-da-tu-tin-hon"
    s.append(Story(
        9, slug, "Chia sẻ của phụ huynh: Con tôi đã tự tin hơn", "Góc phụ huynh", None,
        [
            P("Ngày đầu đưa bé Bắp đến lớp, tôi đã rất lo lắng vì con nhút nhát, chưa bao giờ "
              "xa mẹ."),
            P("Sau ba tháng, con đã tự xúc cơm, tự cất dép và về nhà hát cho cả nhà nghe những "
              "bài hát cô dạy. Tôi thật sự cảm ơn các cô lớp Mầm 1."),
            P("Mong rằng các cô luôn mạnh khỏe và giữ mãi ngọn lửa yêu nghề."),
            Raw("|Chị Võ Thị Mỹ Linh (phụ huynh bé Bắp, lớp Mầm 1)"),
        ],
        authors=["Võ Thị Mỹ Linh"],
        opts={"date": None, "card_date": "08/11/2026"},
    ))
    slug = "thong-bao-tuyen-sinh-nam-hoc-2027-2028"
    s.append(Story(
        10, slug, "Thông báo tuyển sinh năm học 2027–2028", "Thông báo",
        "2026-12-04T08:00:00+07:00",
        [
            P("Đối tượng tuyển sinh: trẻ em từ 24 tháng đến 6 tuổi có hộ khẩu hoặc đang cư trú "
              "trên địa bàn quận Hải Châu."),
            P("Nhóm lớp | Độ tuổi | Chỉ tiêu", "row"),
            P("Nhà trẻ | 24 – 36 tháng | 30", "row"),
            P("Mầm | 3 – 4 tuổi | 70", "row"),
            P("Chồi | 4 – 5 tuổi | 35", "row"),
            P("Lá | 5 – 6 tuổi | 20", "row"),
            P("Hồ sơ gồm: đơn xin nhập học (theo mẫu), bản sao giấy khai sinh, sổ theo dõi tiêm "
              "chủng của trẻ."),
            P("Thời gian nhận hồ sơ: từ ngày 04/01/2027 đến ngày 29/01/2027, trong giờ hành chính "
              "tại văn phòng nhà trường."),
            Raw("Ban Giám hiệu|"),
        ],
        authors=["Ban Giám hiệu"],
        summary="Trường Mầm non Hoa Sen thông báo kế hoạch tuyển sinh trẻ vào các nhóm, lớp năm "
                "học 2027–2028.",
        sapo_outside=True,
        opts={"date": "dangluc"},
    ))
    slug = "be-voi-an-toan-giao-thong"
    s.append(Story(
        11, slug, "Bé với an toàn giao thông", "Hoạt động của bé", "2026-10-15",
        [
            P("Hưởng ứng tháng an toàn giao thông, các bé khối Mầm non Hoa Sen được học về đèn "
              "tín hiệu và cách đội mũ bảo hiểm đúng cách."),
            P("Trên sa bàn giao thông dựng ngay tại sân trường, các bé lần lượt đóng vai chú cảnh "
              "sát giao thông, người đi bộ và người điều khiển xe."),
            Img(media(slug, 1), "Bé tập đi bộ qua vạch kẻ đường",
                "Bé tập đi bộ qua vạch kẻ đường"),
            P("Qua hoạt động, các bé biết dừng lại khi đèn đỏ và luôn nắm tay người lớn khi "
              "sang đường."),
            Raw("Tin, ảnh: |Cô Phạm Thị Ngọc Ánh"),
        ],
        authors=["Phạm Thị Ngọc Ánh"], photographers=["Phạm Thị Ngọc Ánh"],
        summary="Hưởng ứng tháng an toàn giao thông, các bé khối Mầm non Hoa Sen được học về "
                "đèn tín hiệu và cách đội mũ bảo hiểm đúng cách.",
        opts={"date": "sticker", "bold_lead": True},
    ))
    slug = "huong-ung-tuan-le-hoc-tap-suot-doi"
    s.append(Story(
        12, slug, "Hưởng ứng Tuần lễ học tập suốt đời năm 2026", "Sự kiện", "2026-10-05",
        [
            P("Thực hiện kế hoạch của ngành, Trường Mầm non Hoa Sen tổ chức các hoạt động hưởng "
              "ứng Tuần lễ học tập suốt đời từ ngày 01/10 đến ngày 07/10/2026."),
            P("Cán bộ, giáo viên tham gia chuyên đề “Ứng dụng công nghệ thông tin trong tổ chức "
              "hoạt động cho trẻ”; thư viện trường mở cửa cho phụ huynh mượn sách về kỹ năng "
              "nuôi dạy con."),
            P("Theo kế hoạch, các lớp còn tổ chức “Ngày hội đọc sách cùng con” vào cuối tuần."),
            Img(media(slug, 1), "Góc sách của lớp Mầm 2", "Góc sách của lớp Mầm 2"),
            Raw("Nguồn: |Sở Giáo dục và Đào tạo thành phố Đà Nẵng"),
        ],
        source="Sở Giáo dục và Đào tạo thành phố Đà Nẵng",
        opts={"date": "words"},
    ))
    slug = "dinh-duong-hop-ly-cho-tre-mua-lanh"
    s.append(Story(
        13, slug, "Dinh dưỡng hợp lý cho trẻ mùa lạnh", "Góc phụ huynh", "2026-10-27",
        [
            P("Khi trời chuyển lạnh, trẻ dễ mắc các bệnh đường hô hấp. Một chế độ ăn đủ chất sẽ "
              "giúp trẻ tăng sức đề kháng."),
            P("Bữa ăn của trẻ cần đủ bốn nhóm chất: tinh bột, đạm, chất béo, vitamin và khoáng "
              "chất; tăng cường rau xanh, trái cây giàu vitamin C như cam, bưởi, ổi."),
            Img(media(slug, 1), "Ảnh: Nguyễn Hoàng Nam", None),
            P("Cho trẻ uống đủ nước ấm, hạn chế đồ uống lạnh và đồ ăn nhiều đường."),
            Raw("Bài: |Cô Lương Thị Kim Oanh – Tổ trưởng tổ Nuôi dưỡng"),
        ],
        authors=["Lương Thị Kim Oanh"], photographers=["Nguyễn Hoàng Nam"],
        opts={"date": "sticker"},
    ))
    return s


STORIES = _stories()
BY_SLUG = {st.slug: st for st in STORIES}

# posts of the news list that are not articles
ALBUM = {
    "slug": "album-anh-hoi-dien-20-11", "title": "Album ảnh: Hội diễn văn nghệ chào mừng 20/11",
    "cat": "Sự kiện", "date": "21/11/2026",
}
VIDEO = {
    "slug": "video-be-mua-mung-ngay-nha-giao", "title": "Video: Bé múa mừng ngày Nhà giáo",
    "cat": "Sự kiện", "date": "21/11/2026",
}

# list order (pinned #1 excluded): newest first, 5 per page
_ORDER = [10, 2, 4, 3, "album", "video", 5, 6, 9, 7, 13, 8, 11, 12]
PER_PAGE = 5
PAGES = (len(_ORDER) + PER_PAGE - 1) // PER_PAGE


def _card_info(item) -> dict:
    if item == "album":
        return {**ALBUM, "thumb": media(ALBUM["slug"], 1)}
    if item == "video":
        return {**VIDEO, "thumb": media(VIDEO["slug"], 1)}
    st = next(x for x in STORIES if x.id == item)
    return {
        "slug": st.slug, "title": st.title, "cat": st.cat,
        "date": _dmy(st.published_at) if st.published_at else st.opts.get("card_date", ""),
        "thumb": (st.images[0].src if st.images else media(st.slug, 9)).replace(".jpg", "_t.jpg"),
    }


def _dmy(iso: str) -> str:
    d = _dt.date.fromisoformat(iso[:10])
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# --- markup helpers ---------------------------------------------------------------------------

_STYLES = [
    "color:#35524a", "color:#35524a;font-weight:400", "color:#2f4858;letter-spacing:0.01em",
    "color:#35524a;font-family:'Quicksand',sans-serif", "color:#3a3a3a",
]


def spans(value: str, seed: str = "", bold: bool = False) -> str:
    """Canva style runs: the text cut into spans at stable pseudo-random places, mid-word too."""
    h = hashlib.sha1((seed + value).encode()).digest()
    cuts = []
    pos = 0
    i = 0
    while True:
        step = 7 + h[i % len(h)] % 23
        pos += step
        i += 1
        if pos >= len(value) - 1:
            break
        cuts.append(pos)
    pieces, last = [], 0
    for cut in [*cuts, len(value)]:
        pieces.append(value[last:cut])
        last = cut
    out = []
    for k, piece in enumerate(pieces):
        style = _STYLES[(h[k % len(h)] + k) % len(_STYLES)]
        if bold:
            style = style.replace(";font-weight:400", "") + ";font-weight:700"
        out.append(f'<span class="{_c("run")}" style="{style}">{esc(piece)}</span>')
    return "".join(out)


def textbox(inner: str, y: int, *, x: int = 96, w: int = 768, extra: str = "",
            attrs: str = "") -> str:
    return (
        f'<div class="{_c("elem")}" style="transform:translate({x}px,{y}px) rotate(0deg);'
        f'width:{w}px{extra}"{attrs}><div class="{_c("txtbox")}" dir="auto">{inner}</div></div>'
    )


def zwsp_line() -> str:
    return f'<p class="{_c("para")}"><span class="{_c("run")}">\u200b</span></p>'


_LOTUS_SVG = (
    '<svg class="{cls}" viewBox="0 0 120 120" aria-hidden="true"><path d="M60 8C52 30 40 44 '
    '18 52c22 6 34 20 42 44 8-24 20-38 42-44-22-8-34-22-42-44z" fill="#f7a8b8"/></svg>'
)


def lotus() -> str:
    return _LOTUS_SVG.format(cls=_c("shape"))


def curved_name() -> str:
    return (
        f'<svg class="{_c("shape")}" viewBox="0 0 300 120" aria-hidden="true"><defs>'
        '<path id="arc1" d="M20 110 A130 130 0 0 1 280 110"/></defs>'
        '<text font-family="Baloo 2" font-size="22" fill="#e57f9b"><textPath href="#arc1">'
        '✿ MẦM NON HOA SEN ✿</textPath></text></svg>'
    )


def head(title: str, request: Request, canonical: str | None = None) -> str:
    canon = f'<link rel="canonical" href="{base_url(request)}{canonical}">' if canonical else ""
    return (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{esc(title)}</title>"
        '<meta name="description" content="Trường Mầm non Hoa Sen – Hải Châu, Đà Nẵng: nơi bé '
        'vui học, lớn khôn mỗi ngày.">'
        f'<meta property="og:title" content="{esc(SITE_TITLE)}">'
        '<meta property="og:image" content="/_assets/images/og-hoasen.jpg">'
        '<meta name="generator" content="Canva">'
        f"{canon}"
        '<link rel="icon" href="/_assets/images/favicon.png">'
        '<link rel="stylesheet" href="/_assets/fonts/fonts.css">'
        f"<style>.{_c('elem')}{{position:absolute;top:0;left:0}}"
        f".{_c('mobile')}{{display:none}}@media (max-width:767px){{.{_c('desk')}{{display:none}}"
        f".{_c('mobile')}{{display:block}}}}.{_c('banner')} h1{{text-transform:uppercase}}</style>"
        '<script src="/_assets/js/runtime.4f2a.js" defer></script>'
        "</head><body>"
    )


def chrome_top() -> str:
    nav = (
        f'<nav class="{_c("nav")}"><ul class="{_c("navlist")}">'
        '<li><a href="/">Trang chủ</a></li>'
        '<li><a href="/#gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/#chuong-trinh">Chương trình</a></li>'
        f'<li class="{_c("dd")}"><a href="/tin-tuc">Tin tức ▾</a><ul class="{_c("ddm")}">'
        '<li><a href="/tin-tuc#hoat-dong">Hoạt động của bé</a></li>'
        '<li><a href="/tin-tuc#su-kien">Sự kiện</a></li>'
        '<li><a href="/tin-tuc#thong-bao">Thông báo</a></li>'
        '<li><a href="/tin-tuc#goc-phu-huynh">Góc phụ huynh</a></li></ul></li>'
        '<li><a href="/thuc-don">Thực đơn</a></li>'
        '<li><a href="/lien-he">Liên hệ</a></li></ul></nav>'
    )
    return (
        f'<div class="{_c("root")}" id="root">'
        f'<div class="{_c("strip")}"><span>{TODAY_LINE}</span> · <span>Hotline: 0236 3 821 456'
        '</span> · <a href="https://www.facebook.com/mamnonhoasen.haichau" rel="noopener" '
        'target="_blank">Facebook</a></div>'
        f'<header class="{_c("hdr")}"><a href="/" class="{_c("logo")}">'
        '<img src="/_assets/images/logo-hoa-sen.png" alt="Logo Mầm non Hoa Sen" width="64">'
        f'<span>{spans("Mầm non Hoa Sen", "logo")}</span></a>{nav}</header>'
    )


def chrome_bottom() -> str:
    return (
        f'<section class="{_c("counter")}" aria-label="Thống kê truy cập">'
        '<p>Đang online: <b>14</b></p><p>Hôm nay: <b>326</b></p>'
        '<p>Tổng truy cập: <b>482.117</b></p></section>'
        f'<footer class="{_c("ftr")}" id="chan-trang">'
        f'<div class="{_c("bg")}" style="background-image:url(\'/_assets/images/footer-wave.png\')">'
        "</div>"
        f'<p>{spans("TRƯỜNG MẦM NON HOA SEN", "f1")}</p>'
        f'<p>{spans("Địa chỉ: 28 Lê Hồng Phong, phường Phước Ninh, quận Hải Châu, TP. Đà Nẵng", "f2")}</p>'
        f'<p>{spans("Điện thoại: 0236 3 821 456 · Email: mnhoasen.haichau@danang.edu.vn", "f3")}</p>'
        f'<p>{spans("Cập nhật lần cuối: 04/12/2026", "f4")}</p>'
        "<p>© 2026 Trường Mầm non Hoa Sen</p></footer>"
        f'<a class="{_c("badge")}" href="https://www.canva.com/website-builder/" rel="noopener">'
        "Tạo bằng Canva</a></div></body></html>"
    )


def banner() -> str:
    return (
        f'<section class="{_c("banner")}" id="banner">'
        f'<div class="{_c("bg")}" style="background-image:url(\'/_assets/media/banner-tin-tuc.jpg\');'
        'background-size:cover"></div>'
        f'<div class="{_c("bg")}" style="background-image:url(\'/_assets/images/paper-texture.png\');'
        'opacity:.35"></div>'
        f'{textbox("<h1>" + spans("Tin tức – Sự kiện", "bn") + "</h1>", 140, w=600)}'
        f"{curved_name()}</section>"
    )


# --- article page ------------------------------------------------------------------------------


def _img_markup(img: Img, y: int) -> str:
    if img.style == "svg":
        cp = "cp" + hashlib.md5(img.src.encode()).hexdigest()[:6]
        frame = (
            f'<div class="{_c("elem")}" style="transform:translate(180px,{y}px);width:600px;'
            f'height:600px"><svg class="{_c("frame")}" viewBox="0 0 400 400"><defs>'
            f'<clipPath id="{cp}"><path d="M200 10C150 80 60 90 20 150c40 60 30 150 180 240 '
            f'150-90 140-180 180-240C340 90 250 80 200 10z"/></clipPath></defs>'
            f'<image href="{esc(img.src)}" width="400" height="400" clip-path="url(#{cp})" '
            'preserveAspectRatio="xMidYMid slice"/></svg></div>'
        )
    else:
        base = img.src[:-4]
        frame = (
            f'<div class="{_c("elem")}" style="transform:translate(96px,{y}px);width:768px;'
            f'height:512px"><div class="{_c("frame")}" style="clip-path:inset(0 round 24px)">'
            f'<img src="{esc(img.src)}" srcset="{esc(base)}_640.jpg 640w, {esc(base)}_1280.jpg '
            f'1280w, {esc(img.src)} 1600w" sizes="(max-width:767px) 100vw, 768px" alt="" '
            f'loading="lazy" draggable="false" class="{_c("img")}"></div></div>'
        )
    cap = ""
    if img.printed:
        cap = textbox(
            f'<p class="{_c("para")}" style="text-align:center;font-size:13px;font-style:italic">'
            f"{spans(img.printed, 'cap')}</p>",
            y + 520, x=160, w=640,
        )
    return frame + cap


def _raw_markup(raw: Raw, y: int) -> str:
    label, _, rest = raw.html.partition("|")
    inner = ""
    if label:
        inner += f'<span class="{_c("run")}" style="font-weight:700">{esc(label)}</span>'
    if rest:
        inner += spans(rest, "by")
    italic = ";font-style:italic" if label.startswith("Nguồn") else ""
    return textbox(
        f'<p class="{_c("para")}" style="text-align:right{italic}">{inner}</p>', y, w=768
    )


def _body_markup(st: Story) -> tuple[str, int]:
    """The desktop layers: text boxes, frames, caption boxes, byline boxes."""
    out: list[str] = []
    y = 980
    box: list[str] = []
    ul: list[str] = []
    table: list[str] = []

    def flush_lists() -> None:
        if ul:
            box.append(f'<ul class="{_c("ul")}">' + "".join(ul) + "</ul>")
            ul.clear()
        if table:
            box.append(f'<table class="{_c("tbl")}"><tbody>' + "".join(table) + "</tbody></table>")
            table.clear()

    def flush_box() -> None:
        nonlocal y
        flush_lists()
        if len(box) >= 2:
            box.append(zwsp_line())  # Canva keeps the empty last line of a text box
        if box:
            out.append(textbox("".join(box), y))
            y += 60 * len(box) + 40
            box.clear()

    first = True
    dropcap_done = False
    for k, block in enumerate(st.blocks):
        if isinstance(block, P):
            seed = f"{st.slug}{k}"
            if block.style == "li":
                if table:
                    flush_lists()
                ul.append(f'<li class="{_c("li")}"><p class="{_c("para")}">'
                          f"{spans(block.text, seed)}</p></li>")
                continue
            if block.style == "row":
                cells = block.text.split(" | ")
                tag = "th" if not table else "td"
                table.append("<tr>" + "".join(
                    f'<{tag}><p class="{_c("para")}">{spans(c, seed + c)}</p></{tag}>'
                    for c in cells) + "</tr>")
                continue
            flush_lists()
            if block.style == "brcont" and box:
                prev = box.pop()
                box.append(prev.replace("</p>", "<br>" + spans(block.text, seed) + "</p>"))
                continue
            if block.style == "h2":
                box.append(f'<h2 class="{_c("h2")}">{spans(block.text, seed)}</h2>')
                continue
            textv = block.text
            style = "text-align:justify"
            if first and st.opts.get("bold_lead"):
                style += ";font-weight:700"
            if st.opts.get("dropcap") and not dropcap_done:
                flush_box()
                out.append(textbox(
                    f'<p class="{_c("para")}" style="font-size:64px;line-height:1">'
                    f"{spans(textv[0], 'dc')}</p>", y, w=60))
                textv = textv[1:]
                dropcap_done = True
                box.append(f'<p class="{_c("para")}" style="{style}">{spans(textv, seed)}</p>')
                flush_box()
                first = False
                continue
            if k % 3 == 2 and box:
                box.append(zwsp_line())
            lead = first and bool(st.opts.get("bold_lead"))
            box.append(f'<p class="{_c("para")}" style="{style}">{spans(textv, seed, lead)}</p>')
            first = False
        elif isinstance(block, Img):
            flush_box()
            out.append(_img_markup(block, y))
            y += 580
        else:
            flush_box()
            out.append(_raw_markup(block, y))
            y += 50
    flush_box()
    return "".join(out), y


def _mobile_markup(st: Story) -> str:
    parts = []
    for block in st.blocks:
        if isinstance(block, P):
            parts.append(f"<p>{esc(block.text)}</p>")
    sapo = f"<p><b>{esc(st.summary)}</b></p>" if st.summary and st.sapo_outside else ""
    return (
        f'<div class="{_c("mobile")}" aria-hidden="true" data-layout="reflow">'
        f"<p>{esc(st.title)}</p>{sapo}{''.join(parts)}</div>"
    )


def _date_markup(st: Story) -> str:
    kind = st.opts.get("date")
    if not kind or not st.published_at:
        return ""
    d = _dt.date.fromisoformat(st.published_at[:10])
    if kind == "sticker":
        return (
            f'<div class="{_c("sticker")}">'
            f'<svg class="{_c("shape")}" viewBox="0 0 100 110" aria-hidden="true"><rect x="4" '
            'y="14" width="92" height="92" rx="14" fill="#fff3c4" stroke="#e57f9b"/><circle '
            'cx="28" cy="12" r="6" fill="#e57f9b"/><circle cx="72" cy="12" r="6" '
            'fill="#e57f9b"/></svg>'
            + textbox(f'<p class="{_c("para")}" style="font-size:40px">{spans(str(d.day), "d")}'
                      "</p>", 330, x=40, w=90)
            + textbox(f'<p class="{_c("para")}" style="font-size:14px">'
                      f'{spans(f"THG {d.month}", "m")}</p>', 380, x=40, w=90)
            + textbox(f'<p class="{_c("para")}" style="font-size:14px">{spans(str(d.year), "y")}'
                      "</p>", 400, x=40, w=90)
            + "</div>"
        )
    if kind == "dangluc":
        hm = st.published_at[11:16]
        line = f"🕘 Đăng lúc {hm} · {d.day:02d}/{d.month:02d}/{d.year}"
        return textbox(f'<p class="{_c("para")}" style="font-size:14px">{spans(line, "dl")}</p>',
                       330, x=140, w=500)
    line = f"{_WEEKDAYS[d.weekday()]}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"
    return textbox(f'<p class="{_c("para")}" style="font-size:14px;font-style:italic">'
                   f"{spans(line, 'wd')}</p>", 330, x=140, w=500)


def _headline(st: Story) -> str:
    br = st.opts.get("headline_br")
    if br:
        words = st.title.split(" ")
        first, second = " ".join(words[:br]), " ".join(words[br:])
        inner = spans(first, "h1") + "<br>" + spans(second, "h2")
    else:
        inner = spans(st.title, "hd")
    return textbox(f'<h1 class="{_c("hl")}" style="font-size:38px;color:#d6336c">{inner}</h1>',
                   440, x=140, w=700)


def _others(exclude: str) -> str:
    cards = []
    for item in _ORDER:
        info = _card_info(item)
        if info["slug"] == exclude:
            continue
        cards.append(
            f'<div class="{_c("ocard")}"><a href="/tin-tuc/{info["slug"]}">'
            f'<img src="{info["thumb"]}" alt="" loading="lazy"></a>'
            f'<p><a href="/tin-tuc/{info["slug"]}">{spans(info["title"], "o")}</a></p></div>'
        )
        if len(cards) == 3:
            break
    return (
        f'<section class="{_c("others")}" id="tin-khac"><h2>{spans("Các tin khác", "ot")}</h2>'
        + "".join(cards) + "</section>"
    )


def _share(path: str) -> str:
    return (
        f'<div class="{_c("share")}"><span>Chia sẻ:</span>'
        f'<a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fmnhoasen.edu.vn{path}" '
        'aria-label="Facebook" target="_blank" rel="noopener"><svg viewBox="0 0 24 24" '
        'width="24"><path d="M14 8h3V4h-3c-2.8 0-4 1.7-4 4v2H7v4h3v8h4v-8h3l1-4h-4V8z"/></svg></a>'
        '<a href="https://zalo.me/share?u=https%3A%2F%2Fmnhoasen.edu.vn" aria-label="Zalo" '
        'target="_blank" rel="noopener"><svg viewBox="0 0 24 24" width="24"><circle cx="12" '
        'cy="12" r="10"/></svg></a></div>'
    )


def article_page(st: Story, request: Request) -> str:
    canonical = f"/tin-tuc/{st.slug}"
    crumb = textbox(
        f'<p class="{_c("para")}" style="font-size:14px"><a href="/">Trang chủ</a>'
        f'<span> › </span><a href="/tin-tuc">Tin tức</a><span> › </span>'
        f'<span>{esc(st.cat)}</span></p>', 290, x=140, w=700)
    sapo = ""
    if st.summary and st.sapo_outside:
        sapo = textbox(
            f'<p class="{_c("para")}" style="font-size:19px;font-weight:700;color:#35524a">'
            f"{spans(st.summary, 'sp', True)}</p>", 600, x=140, w=700)
    edited = ""
    if st.opts.get("edited"):
        edited = textbox(f'<p class="{_c("para")}" style="font-size:12px;color:#888">'
                         f'{spans(st.opts["edited"], "ed")}</p>', 360, x=520, w=300)
    body, y = _body_markup(st)
    stickers = (
        f'<img class="{_c("deco")}" src="/_assets/images/sticker-hoa-sen.png" alt="" '
        'style="transform:translate(820px,420px);width:120px">'
        f'<img class="{_c("deco")}" src="/_assets/images/sticker-may.png" alt="" '
        f'style="transform:translate(20px,{y - 200}px);width:140px">'
    )
    bubble = (
        f'<svg class="{_c("shape")}" viewBox="0 0 80 50" aria-hidden="true"><path d="M5 5h70v30H30'
        'l-15 12V35H5z" fill="#ffd43b"/><text x="40" y="26" text-anchor="middle" '
        'font-size="14">Mới!</text></svg>'
    ) if st.id in (1, 2, 10) else ""
    mobile = _mobile_markup(st) if st.opts.get("mobile") else ""
    return (
        head("Tin tức | Mầm non Hoa Sen", request, canonical)
        + chrome_top()
        + "<main>"
        + banner()
        + f'<section class="{_c("page")} {_c("desk")}" id="bai-viet" style="height:{y + 200}px">'
        + f'<div class="{_c("bg")}" style="background-image:url(\'/_assets/images/paper-texture.png\')">'
        "</div>"
        + crumb + _date_markup(st) + edited + bubble + _headline(st) + sapo + stickers + body
        + _share(canonical)
        + "</section>"
        + mobile
        + _others(st.slug)
        + "</main>"
        + chrome_bottom()
    )


def _album_page(request: Request) -> str:
    slug = ALBUM["slug"]
    frames = "".join(
        f'<div class="{_c("gal")}"><img src="{media(slug, n)}" alt="" loading="lazy"></div>'
        for n in range(1, 9)
    )
    return (
        head("Tin tức | Mầm non Hoa Sen", request, f"/tin-tuc/{slug}") + chrome_top() + "<main>"
        + banner()
        + f'<section class="{_c("page")}">'
        + textbox(f'<h1 class="{_c("hl")}">{spans(ALBUM["title"], "al")}</h1>', 440, x=140)
        + textbox(f'<p class="{_c("para")}">{spans("Một số hình ảnh Hội diễn – 21/11/2026", "al2")}'
                  "</p>", 520, x=140)
        + frames + "</section>" + _others(slug) + "</main>" + chrome_bottom()
    )


def _video_page(request: Request) -> str:
    slug = VIDEO["slug"]
    return (
        head("Tin tức | Mầm non Hoa Sen", request, f"/tin-tuc/{slug}") + chrome_top() + "<main>"
        + banner()
        + f'<section class="{_c("page")}">'
        + textbox(f'<h1 class="{_c("hl")}">{spans(VIDEO["title"], "vd")}</h1>', 440, x=140)
        + f'<div class="{_c("embed")}"><iframe src="https://www.youtube.com/embed/k3HsQ9vB2aE" '
        'title="YouTube video" allowfullscreen width="768" height="432"></iframe></div>'
        + textbox(f'<p class="{_c("para")}">{spans("Tiết mục của các bé lớp Lá 1.", "vd2")}</p>',
                  1000, x=140)
        + "</section>" + _others(slug) + "</main>" + chrome_bottom()
    )


# --- lists and other pages ---------------------------------------------------------------------


def _card(info: dict, pinned: bool = False, host: str = "") -> str:
    link = f"{host}/tin-tuc/{info['slug']}"
    pin = f'<span class="{_c("pin")}">📌 GHIM</span>' if pinned else ""
    return (
        f'<div class="{_c("card")}">{pin}'
        f'<a href="{link}"><div class="{_c("thumb")}" style="background-image:url(\'{info["thumb"]}\')">'
        f'<img src="{info["thumb"]}" alt=""></div></a>'
        f'<p class="{_c("tag")}">{spans(info["cat"], "tg")}</p>'
        f'<h3><a href="{link}">{spans(info["title"], "ct")}</a></h3>'
        f'<p class="{_c("cdate")}">{spans(info["date"], "cd")}</p>'
        + (f'<a class="{_c("btn")}" href="{link}/">Đọc tiếp →</a>' if not host else "")
        + "</div>"
    )


_ARROW_L = '<svg viewBox="0 0 24 24" width="20"><path d="M15 4l-8 8 8 8"/></svg>'
_ARROW_R = '<svg viewBox="0 0 24 24" width="20"><path d="M9 4l8 8-8 8"/></svg>'


def _pager(page: int) -> str:
    items = []
    if page > 1:
        items.append(f'<a href="/tin-tuc?page={page - 1}" aria-label="Trang trước">{_ARROW_L}</a>')
    for n in range(1, PAGES + 1):
        if n == page:
            items.append(f'<span class="{_c("cur")}">{n}</span>')
        else:
            items.append(f'<a href="/tin-tuc?page={n}">{n}</a>')
    if page < PAGES:
        items.append(f'<a href="/tin-tuc?page={page + 1}" aria-label="Trang sau">{_ARROW_R}</a>')
    return f'<div class="{_c("pager")}">' + "".join(items) + "</div>"


def list_page(page: int, request: Request) -> str:
    chunk = _ORDER[(page - 1) * PER_PAGE: page * PER_PAGE]
    pinned = _card({**_card_info(1)}, pinned=True)
    cards = "".join(_card(_card_info(item)) for item in chunk)
    return (
        head("Tin tức | Mầm non Hoa Sen", request, "/tin-tuc" if page == 1 else None)
        + chrome_top() + "<main>" + banner()
        + f'<section class="{_c("list")}" id="danh-sach">'
        + '<span id="hoat-dong"></span><span id="su-kien"></span><span id="thong-bao"></span>'
        '<span id="goc-phu-huynh"></span>'
        + pinned + cards + _pager(page) + "</section></main>" + chrome_bottom()
    )


def home_page(request: Request) -> str:
    cards = _card(_card_info(1), pinned=True, host=OLD_HOST) + "".join(
        _card(_card_info(item), host=OLD_HOST) for item in _ORDER[:3]
    )
    return (
        head(SITE_TITLE, request, "/") + chrome_top() + "<main>"
        + f'<section class="{_c("hero")}" id="trang-chu">'
        f'<div class="{_c("bg")}" style="background-image:url(\'/_assets/media/hero-san-truong.jpg\')">'
        "</div>"
        + textbox(f'<h1>{spans("Trường Mầm non Hoa Sen", "hh")}</h1>', 200)
        + textbox(f'<p class="{_c("para")}">{spans("Nơi bé vui học – lớn khôn mỗi ngày", "hs")}'
                  "</p>", 280)
        + lotus() + "</section>"
        + f'<section class="{_c("sec")}" id="gioi-thieu"><h2>{spans("Giới thiệu", "gt")}</h2>'
        + textbox(f'<p class="{_c("para")}">'
                  + spans("Trường Mầm non Hoa Sen được thành lập năm 1998, hiện có 16 nhóm, lớp "
                          "với hơn 450 trẻ và 48 cán bộ, giáo viên, nhân viên.", "gt1")
                  + "</p>", 80)
        + "</section>"
        + f'<section class="{_c("sec")}" id="chuong-trinh"><h2>{spans("Chương trình", "ctr")}</h2>'
        + textbox(f'<p class="{_c("para")}">'
                  + spans("Chương trình Giáo dục mầm non kết hợp phương pháp Montessori, "
                          "làm quen tiếng Anh và kỹ năng sống.", "ct1") + "</p>", 80)
        + "</section>"
        + f'<section class="{_c("sec")}" id="tin-moi"><h2>{spans("Tin mới", "tm")}</h2>{cards}'
        '<a class="' + _c("btn") + '" href="/tin-tuc">Xem tất cả tin tức</a></section>'
        + f'<section class="{_c("sec")}" id="thuc-don-tuan"><h2>{spans("Thực đơn tuần này", "td")}'
        '</h2><a class="' + _c("btn") + '" href="/thuc-don">Xem thực đơn</a></section>'
        + f'<section class="{_c("sec")}" id="lien-he"><h2>{spans("Liên hệ", "lh")}</h2>'
        '<a class="' + _c("btn") + '" href="/lien-he">Gửi lời nhắn cho nhà trường</a></section>'
        + "</main>" + chrome_bottom()
    )


_MENU = [
    ("Thứ Hai", "Cháo thịt bằm, sữa tươi", "Cơm, cá basa sốt cà, canh bí đỏ", "Bánh flan"),
    ("Thứ Ba", "Bún bò, sữa chua", "Cơm, thịt kho trứng cút, canh cải", "Chè đậu xanh"),
    ("Thứ Tư", "Mì Quảng gà", "Cơm, tôm rim, canh rau ngót", "Sữa bắp"),
    ("Thứ Năm", "Bánh canh cá lóc", "Cơm, gà xào nấm, canh bầu", "Trái cây"),
    ("Thứ Sáu", "Xôi gấc, sữa tươi", "Cơm, bò xào cần, canh chua", "Bánh bông lan"),
]


def menu_page(request: Request) -> str:
    rows = "".join(
        f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td><td>{esc(d)}</td></tr>"
        for a, b, c, d in _MENU
    )
    return (
        head("Thực đơn | Mầm non Hoa Sen", request, "/thuc-don") + chrome_top() + "<main>"
        + f'<section class="{_c("sec")}"><h1>{spans("Thực đơn tuần 49", "mn")}</h1>'
        + f'<p>{spans("Từ ngày 30/11/2026 đến ngày 04/12/2026", "mn2")}</p>'
        + f'<table class="{_c("tbl")}"><thead><tr><th>Thứ</th><th>Bữa sáng</th><th>Bữa trưa</th>'
        f"<th>Bữa xế</th></tr></thead><tbody>{rows}</tbody></table></section>"
        + "</main>" + chrome_bottom()
    )


def contact_page(request: Request) -> str:
    return (
        head("Liên hệ | Mầm non Hoa Sen", request, "/lien-he") + chrome_top() + "<main>"
        + f'<section class="{_c("sec")}"><h1>{spans("Liên hệ với nhà trường", "ct")}</h1>'
        + f'<p>{spans("28 Lê Hồng Phong, phường Phước Ninh, quận Hải Châu, TP. Đà Nẵng", "ct2")}</p>'
        + '<form action="https://www.canva.com/_website-forms/submit/DAGx7Hq2" method="post">'
        '<label>Họ và tên <input name="name"></label><label>Số điện thoại <input name="phone">'
        '</label><label>Lời nhắn <textarea name="message"></textarea></label>'
        '<button type="submit">Gửi</button></form>'
        '<iframe src="https://www.google.com/maps/embed?pb=hoasen" title="Bản đồ" width="600" '
        'height="320"></iframe></section>'
        + "</main>" + chrome_bottom()
    )


# --- the site ----------------------------------------------------------------------------------

_ARTICLE_RE = re.compile(r"^/tin-tuc/([a-z0-9-]+)/?$")


class CanvaSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_assets/"):
            return static_file(path)
        if path == "/":
            return html(home_page(request))
        if path == "/tin-tuc":
            params = parse_qs(request.query, keep_blank_values=True)
            if not request.query:
                return html(list_page(1, request))
            if set(params) != {"page"}:
                return None
            raw = params["page"][0]
            if not raw.isdigit() or not 1 <= int(raw) <= PAGES:
                return None
            return html(list_page(int(raw), request))
        if path == "/thuc-don":
            return html(menu_page(request))
        if path == "/lien-he":
            return html(contact_page(request))
        m = _ARTICLE_RE.match(path)
        if m:
            slug = m.group(1)
            if slug in BY_SLUG:
                return html(article_page(BY_SLUG[slug], request))
            if slug == ALBUM["slug"]:
                return html(_album_page(request))
            if slug == VIDEO["slug"]:
                return html(_video_page(request))
        return None


def build_site() -> CanvaSite:
    return CanvaSite()


GOLD = [
    gold_record(
        st, f"/tin-tuc/{st.slug}", st.cat, alt_paths=[f"/tin-tuc/{st.slug}/"]
    )
    for st in STORIES
]

NON_ARTICLES = [
    "/thuc-don",
    "/lien-he",
    f"/tin-tuc/{ALBUM['slug']}",
    f"/tin-tuc/{VIDEO['slug']}",
]
